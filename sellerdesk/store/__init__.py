"""SQLite through sqlite-utils: schema, migrations, the write path and the queries. No Qt."""
