<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkReplyDialog</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/dialogs/bulk_reply.py" line="+53"/>
        <source>Message %n buyer(s)</source>
        <translation>
            <numerusform>Message %n buyer</numerusform>
            <numerusform>Message %n buyers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Reply to %n buyer(s)</source>
        <translation>
            <numerusform>Reply to %n buyer</numerusform>
            <numerusform>Reply to %n buyers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/capacity.py" line="+63"/>
        <source>%Ln shipped</source>
        <translation>
            <numerusform>%Ln shipped</numerusform>
            <numerusform>%Ln shipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Backlog: &lt;b&gt;%Ln&lt;/b&gt; open order(s), {work}.</source>
        <translation>
            <numerusform>Backlog: &lt;b&gt;%Ln&lt;/b&gt; open order, {work}.</numerusform>
            <numerusform>Backlog: &lt;b&gt;%Ln&lt;/b&gt; open orders, {work}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{surge}: %Ln order(s) in the last 7 days; the weekly average of the 8 weeks before was {avg} (a surge is more than 1.5 times).</source>
        <translation>
            <numerusform>{surge}: %Ln order in the last 7 days; the weekly average of the 8 weeks before was {avg} (a surge is more than 1.5 times).</numerusform>
            <numerusform>{surge}: %Ln orders in the last 7 days; the weekly average of the 8 weeks before was {avg} (a surge is more than 1.5 times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/cases.py" line="+149"/>
        <source>Delete %n case(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n case? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n cases? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n case(s)</source>
        <translation>
            <numerusform>Delete %n case</numerusform>
            <numerusform>Delete %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/chart_words.py" line="+27"/>
        <source>Today {now}; highest {high} on {day}; a warning would have been sent on %n day(s).</source>
        <translation>
            <numerusform>Today {now}; highest {high} on {day}; a warning would have been sent on %n day.</numerusform>
            <numerusform>Today {now}; highest {high} on {day}; a warning would have been sent on %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/panels.py" line="+114"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; more clean order(s) in the window would bring the ODR back under 1%.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; more clean order in the window would bring the ODR back under 1%.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; more clean orders in the window would bring the ODR back under 1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Headroom: &lt;b&gt;%n&lt;/b&gt; more problem order(s) keep you under 1% ({orders}).</source>
        <translation>
            <numerusform>Headroom: &lt;b&gt;%n&lt;/b&gt; more problem order keeps you under 1% ({orders}).</numerusform>
            <numerusform>Headroom: &lt;b&gt;%n&lt;/b&gt; more problem orders keep you under 1% ({orders}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s) in the window</source>
        <translation>
            <numerusform>%Ln order in the window</numerusform>
            <numerusform>%Ln orders in the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem order(s) excluded by seller protection; the strict column counts them.</source>
        <translation>
            <numerusform>%n problem order excluded by seller protection; the strict column counts them.</numerusform>
            <numerusform>%n problem orders excluded by seller protection; the strict column counts them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryHolidaysDialog</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/dialogs/country_holidays.py" line="+111"/>
        <source>Add %n day(s)</source>
        <translation>
            <numerusform>Add %n day</numerusform>
            <numerusform>Add %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added (then applied), these days move the ship-by date of %n open order(s): </source>
        <translation>
            <numerusform>Added (then applied), these days move the ship-by date of %n open order: </numerusform>
            <numerusform>Added (then applied), these days move the ship-by date of %n open orders: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/states.py" line="+68"/>
        <source>%n problem order(s) of {n} — {verdict}
window {window}</source>
        <translation>
            <numerusform>%n problem order of {n} — {verdict}
window {window}</numerusform>
            <numerusform>%n problem orders of {n} — {verdict}
window {window}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n low review(s)</source>
        <translation>
            <numerusform>%n low review</numerusform>
            <numerusform>%n low reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/page.py" line="+312"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>&lt;b&gt;%n&lt;/b&gt; problem order(s) placed after the window will enter it. {cross}</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; problem order placed after the window will enter it. {cross}</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; problem orders placed after the window will enter it. {cross}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Every problem order placed since the window started ({start}); excluded ones are greyed. Double-click an order to open it. %n could be protected.</source>
        <translation>
            <numerusform>Every problem order placed since the window started ({start}); excluded ones are greyed. Double-click an order to open it. %n could be protected.</numerusform>
            <numerusform>Every problem order placed since the window started ({start}); excluded ones are greyed. Double-click an order to open it. %n could be protected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/io/evidence.py" line="+182"/>
        <source>processing time %n business day(s)</source>
        <translation>
            <numerusform>processing time %n business day</numerusform>
            <numerusform>processing time %n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/export_actions.py" line="+56"/>
        <source>Exported %Ln record(s) into {folder}.</source>
        <translation>
            <numerusform>Exported %Ln record into {folder}.</numerusform>
            <numerusform>Exported %Ln records into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Exported %Ln record(s) into {file}.</source>
        <translation>
            <numerusform>Exported %Ln record into {file}.</numerusform>
            <numerusform>Exported %Ln records into {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidaySection</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+132"/>
        <source>Not applied yet. With this calendar %n open order(s) get a different ship-by date and {total} a different estimated delivery.</source>
        <translation>
            <numerusform>Not applied yet. With this calendar %n open order gets a different ship-by date and {total} a different estimated delivery.</numerusform>
            <numerusform>Not applied yet. With this calendar %n open orders get a different ship-by date and {total} a different estimated delivery.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open order(s) have dates computed before the current calendar; Apply recomputes them.</source>
        <translation>
            <numerusform>%n open order has dates computed before the current calendar; Apply recomputes them.</numerusform>
            <numerusform>%n open orders have dates computed before the current calendar; Apply recomputes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Holiday calendar (%n day(s))</source>
        <translation>
            <numerusform>Holiday calendar (%n day)</numerusform>
            <numerusform>Holiday calendar (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n open order(s) moved</source>
        <translation>
            <numerusform>, %n open order moved</numerusform>
            <numerusform>, %n open orders moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/import_flow.py" line="+78"/>
        <source>Reading %n file(s)…</source>
        <extracomment>the preview (or problems) dialog is open; tests answer it the import ended: the report, or None (cancelled, failed, nothing to do)</extracomment>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/dialogs/import_preview.py" line="+105"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n review(s) are for orders not in the shop yet (an older download?). They are kept and join their order when it is imported.</source>
        <translation>
            <numerusform>%n review is for orders not in the shop yet (an older download?). It is kept and joins its order when it is imported.</numerusform>
            <numerusform>%n reviews are for orders not in the shop yet (an older download?). They are kept and join their order when it is imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln new order</numerusform>
            <numerusform>%Ln new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated order(s)</source>
        <translation>
            <numerusform>%Ln updated order</numerusform>
            <numerusform>%Ln updated orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Nothing was imported: %n problem(s) found. Fix the files and import again; the shop was not changed.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found. Fix the files and import again; the shop was not changed.</numerusform>
            <numerusform>Nothing was imported: %n problems found. Fix the files and import again; the shop was not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/dialogs/labels.py" line="+53"/>
        <source>Saved labels and packing slips for %n order(s) to {path}</source>
        <translation>
            <numerusform>Saved labels and packing slips for %n order to {path}</numerusform>
            <numerusform>Saved labels and packing slips for %n orders to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n order(s) chosen. Print them, or save them as a PDF?</source>
        <translation>
            <numerusform>%n order chosen. Print them, or save them as a PDF?</numerusform>
            <numerusform>%n orders chosen. Print them, or save them as a PDF?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/main_window.py" line="+373"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated order(s)</source>
        <translation>
            <numerusform>%n updated order</numerusform>
            <numerusform>%n updated orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new review(s)</source>
        <translation>
            <numerusform>%n new review</numerusform>
            <numerusform>%n new reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/messages.py" line="+248"/>
        <source>Mark %n conversation(s) spam</source>
        <translation>
            <numerusform>Mark %n conversation spam</numerusform>
            <numerusform>Mark %n conversations spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mark %n conversation(s) not spam</source>
        <translation>
            <numerusform>Mark %n conversation not spam</numerusform>
            <numerusform>Mark %n conversations not spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete %n conversation(s) with all their messages? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n conversation with all their messages? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n conversations with all their messages? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n conversation(s)</source>
        <translation>
            <numerusform>Delete %n conversation</numerusform>
            <numerusform>Delete %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewShop</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/capacity.py" line="+23"/>
        <source>A new shop&apos;s every order counts: with {orders} in the window, %n problem order(s) put the rate at or over 1% (you have {have}). A warning also needs 3 problem orders since your first sale (you have {all}) and 2 in the window. Etsy can suspend a new shop with many cases at once.</source>
        <extracomment>the dashboard&apos;s notes on a new shop and changed settings (pyside6-lupdate reads plurals from X.tr(text, &quot;&quot;, n))</extracomment>
        <translation>
            <numerusform>A new shop&apos;s every order counts: with {orders} in the window, %n problem order puts the rate at or over 1% (you have {have}). A warning also needs 3 problem orders since your first sale (you have {all}) and 2 in the window. Etsy can suspend a new shop with many cases at once.</numerusform>
            <numerusform>A new shop&apos;s every order counts: with {orders} in the window, %n problem orders put the rate at or over 1% (you have {have}). A warning also needs 3 problem orders since your first sale (you have {all}) and 2 in the window. Etsy can suspend a new shop with many cases at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/orders.py" line="+214"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Delete %n order(s) with their items, messages, reviews and cases?</source>
        <translation>
            <numerusform>Delete %n order with their items, messages, reviews and cases?</numerusform>
            <numerusform>Delete %n orders with their items, messages, reviews and cases?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Delete %n order</numerusform>
            <numerusform>Delete %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/io/report_html.py" line="+132"/>
        <source>%n more order(s) without a problem would bring the ODR back below 1%.</source>
        <translation>
            <numerusform>%n more order without a problem would bring the ODR back below 1%.</numerusform>
            <numerusform>%n more orders without a problem would bring the ODR back below 1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Headroom: %n more problem order(s) in the window keep the ODR below 1%.</source>
        <translation>
            <numerusform>Headroom: %n more problem order in the window keeps the ODR below 1%.</numerusform>
            <numerusform>Headroom: %n more problem orders in the window keep the ODR below 1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/dialogs/backups.py" line="+230"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/reviews.py" line="+134"/>
        <source>Delete %n review(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n review? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n reviews? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n review(s)</source>
        <translation>
            <numerusform>Delete %n review</numerusform>
            <numerusform>Delete %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShippingProfilesPage</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+254"/>
        <source> and recompute %n open order(s)</source>
        <translation>
            <numerusform> and recompute %n open order</numerusform>
            <numerusform> and recompute %n open orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The new times of “{name}” change the ship-by date of %n open order(s) and the estimated delivery of {total}. Recompute them now? (One undo step.)</source>
        <translation>
            <numerusform>The new times of “{name}” change the ship-by date of %n open order and the estimated delivery of {total}. Recompute them now? (One undo step.)</numerusform>
            <numerusform>The new times of “{name}” change the ship-by date of %n open orders and the estimated delivery of {total}. Recompute them now? (One undo step.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Recompute %n</source>
        <translation>
            <numerusform>Recompute %n</numerusform>
            <numerusform>Recompute %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Delete “{name}”? %n order(s) use it and will have no profile (their dates stay). You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete “{name}”? %n order uses it and will have no profile (their dates stay). You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete “{name}”? %n orders use it and will have no profile (their dates stay). You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Assign “{name}” to %n order(s)</source>
        <translation>
            <numerusform>Assign “{name}” to %n order</numerusform>
            <numerusform>Assign “{name}” to %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopSession</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/session.py" line="+236"/>
        <source>{path} stayed busy for {s} seconds: another program is writing to it. %n edit(s) were not made. Wait for it to finish and try again.</source>
        <translation>
            <numerusform>{path} stayed busy for {s} seconds: another program is writing to it. %n edit was not made. Wait for it to finish and try again.</numerusform>
            <numerusform>{path} stayed busy for {s} seconds: another program is writing to it. %n edits were not made. Wait for it to finish and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/sidebar.py" line="+209"/>
        <source>%n order(s) to ship today</source>
        <translation>
            <numerusform>%n order to ship today</numerusform>
            <numerusform>%n orders to ship today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n of them late</source>
        <translation>
            <numerusform>, %n of them late</numerusform>
            <numerusform>, %n of them late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) waiting for a reply</source>
        <translation>
            <numerusform>%n message waiting for a reply</numerusform>
            <numerusform>%n messages waiting for a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/today.py" line="+244"/>
        <source>SellerDesk: %n thing(s) to do today</source>
        <translation>
            <numerusform>SellerDesk: %n thing to do today</numerusform>
            <numerusform>SellerDesk: %n things to do today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n thing(s) to do, {late} urgent. Open SellerDesk&apos;s Today panel.</source>
        <translation>
            <numerusform>%n thing to do, {late} urgent. Open SellerDesk&apos;s Today panel.</numerusform>
            <numerusform>%n things to do, {late} urgent. Open SellerDesk&apos;s Today panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location line="-116"/>
        <source>%n thing(s) to do today ({day}).</source>
        <translation>
            <numerusform>%n thing to do today ({day}).</numerusform>
            <numerusform>%n things to do today ({day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>{name} · ship-by {due}, %n day(s) late</source>
        <translation>
            <numerusform>{name} · ship-by {due}, %n day late</numerusform>
            <numerusform>{name} · ship-by {due}, %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacationSection</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+137"/>
        <source>Log %n vacation auto-reply(s)</source>
        <translation>
            <numerusform>Log %n vacation auto-reply</numerusform>
            <numerusform>Log %n vacation auto-replies</numerusform>
        </translation>
    </message>
</context>
</TS>
