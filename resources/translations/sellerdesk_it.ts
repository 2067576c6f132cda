<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>BackupRunner</name>
    <message>
        <location filename="../../sellerdesk/ui/backups.py" line="+34"/>
        <source>Cancel</source>
        <extracomment>a backup ended: its path, or None (cancelled or failed)</extracomment>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This shop is not kept in a file: nothing to back up.</source>
        <translation>Questo negozio non è salvato in un file: non c&apos;è niente da copiare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is already running.</source>
        <translation>Un backup è già in corso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backed up to {path} ({size}).</source>
        <translation>Backup salvato in {path} ({size}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Backup annullato; non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day&apos;s backup was not made: {error}</source>
        <translation>Il backup del giorno non è stato fatto: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup failed</source>
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup was not made: {error}</source>
        <translation>Il backup non è stato fatto: {error}</translation>
    </message>
</context>
<context>
    <name>BulkReplyDialog</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/dialogs/bulk_reply.py" line="+53"/>
        <source>Message %n buyer(s)</source>
        <translation>
            <numerusform>Scrivi a %n acquirente</numerusform>
            <numerusform>Scrivi a %n acquirenti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a saved reply: each buyer&apos;s text is filled in below. Copy puts them all on the clipboard to send on Etsy, and logs them as your replies (one undo step).</source>
        <translation>Scegli una risposta salvata: il testo di ogni acquirente compare qui sotto. Copia li mette tutti negli appunti da inviare su Etsy e li registra come tue risposte (un solo passo da annullare).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy and log</source>
        <translation>Copia e registra</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {order}:</source>
        <translation>Ordine {order}:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reply to %n buyer(s)</source>
        <translation>
            <numerusform>Risposta a %n acquirente</numerusform>
            <numerusform>Risposte a %n acquirenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/capacity.py" line="+26"/>
        <source>Can the shop ship what is coming?</source>
        <extracomment>Below this many orders in the window a shop is new to Etsy&apos;s figures: each order weighs a lot.</extracomment>
        <translation>Il negozio riesce a spedire quello che arriva?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Longer processing time…</source>
        <translation>Tempo di lavorazione più lungo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacation mode…</source>
        <translation>Modalità vacanza…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message the buyers…</source>
        <translation>Scrivi agli acquirenti…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing shipped lately to clear them</source>
        <translation>nessuna spedizione di recente per smaltirli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} business days of work</source>
        <translation>{days} giorni lavorativi di lavoro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Surge&lt;/b&gt;</source>
        <translation>&lt;b&gt;Picco&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No surge</source>
        <translation>Nessun picco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pace: &lt;b&gt;{pace}&lt;/b&gt; orders a business day ({shipped} {range}).</source>
        <translation>Ritmo: &lt;b&gt;{pace}&lt;/b&gt; ordini per giorno lavorativo ({shipped} {range}).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln shipped</source>
        <translation>
            <numerusform>%Ln spedito</numerusform>
            <numerusform>%Ln spediti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Backlog: &lt;b&gt;%Ln&lt;/b&gt; open order(s), {work}.</source>
        <translation>
            <numerusform>Arretrato: &lt;b&gt;%Ln&lt;/b&gt; ordine aperto, {work}.</numerusform>
            <numerusform>Arretrato: &lt;b&gt;%Ln&lt;/b&gt; ordini aperti, {work}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected to miss their ship-by date at this pace: &lt;b&gt;{n}&lt;/b&gt;.</source>
        <translation>A questo ritmo mancheranno la data di spedizione: &lt;b&gt;{n}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every open order ships by its ship-by date at this pace.</source>
        <translation>A questo ritmo ogni ordine aperto parte entro la sua data di spedizione.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{surge}: %Ln order(s) in the last 7 days; the weekly average of the 8 weeks before was {avg} (a surge is more than 1.5 times).</source>
        <translation>
            <numerusform>{surge}: %Ln ordine negli ultimi 7 giorni; la media settimanale delle 8 settimane precedenti era {avg} (un picco supera 1,5 volte).</numerusform>
            <numerusform>{surge}: %Ln ordini negli ultimi 7 giorni; la media settimanale delle 8 settimane precedenti era {avg} (un picco supera 1,5 volte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="+158"/>
        <source>Edit case</source>
        <translation>Modifica caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open case</source>
        <translation>Apri caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still open</source>
        <translation>ancora aperto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (blank while open)</source>
        <translation>AAAA-MM-GG (vuoto se aperto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excluded (seller protection)</source>
        <translation>Escluso (protezione del venditore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not excluded</source>
        <translation>non escluso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>order {order} already has a case opened on {day}</source>
        <translation>l&apos;ordine {order} ha già un caso aperto il {day}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+48"/>
        <location filename="../../sellerdesk/ui/pages/cases.py" line="+32"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/cases.py" line="+1"/>
        <source>Search order id or buyer  (Ctrl+F)</source>
        <translation>Cerca n. ordine o acquirente  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cases</source>
        <translation>Tutti i casi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Casi aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed cases</source>
        <translation>Casi chiusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded (seller protection)</source>
        <translation>Escluso (protezione del venditore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution: {res}</source>
        <translation>Esito: {res}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded: {reason}</source>
        <translation>Escluso: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open case…</source>
        <translation>Apri caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>Risolvi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude / count again…</source>
        <translation>Escludi / conta di nuovo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for case…</source>
        <translation>Prove per il caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF to attach to Etsy&apos;s case: the order&apos;s timeline, messages, reviews and seller protection</source>
        <translation>Un PDF da allegare al caso su Etsy: cronologia dell&apos;ordine, messaggi, recensioni e protezione del venditore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a case to see it here. Ctrl+N opens one.</source>
        <translation>Seleziona un caso per vederlo qui. Ctrl+N ne apre uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open since {day}</source>
        <translation>Aperto dal {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed {day}: {res}</source>
        <translation>Chiuso il {day}: {res}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excluded ({reason}): does not make the order a problem order.</source>
        <translation>Escluso ({reason}): l&apos;ordine non diventa problematico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} is a problem order in the ODR, whatever the resolution.</source>
        <translation>L&apos;ordine {order} è un ordine problematico nel TIO, qualunque sia l&apos;esito.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete cases</source>
        <translation>Elimina casi</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n case(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Eliminare %n caso? Puoi annullare con Ctrl+Z.</numerusform>
            <numerusform>Eliminare %n casi? Puoi annullare con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n case(s)</source>
        <translation>
            <numerusform>Elimina %n caso</numerusform>
            <numerusform>Elimina %n casi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../sellerdesk/ui/widgets/charts.py" line="+225"/>
        <source>Loading chart…</source>
        <translation>Caricamento del grafico…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>PNG…</source>
        <extracomment>draws one chart on a fresh Figure; runs on the chart worker, so it must not touch widgets (texts are translated when the drawer is made, on the GUI thread) a window whose first paint matplotlib&apos;s import waits for (the main window, while it is being made) charts waiting for the worker to draw them (read there without a lock: a hint, not a count to rely on)</extracomment>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a PNG image</source>
        <translation>Salva il grafico come immagine PNG</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Could not draw this chart: {error}</source>
        <translation>Impossibile disegnare questo grafico: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as PNG…</source>
        <translation>Salva come PNG…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Save chart</source>
        <translation>Salva grafico</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/chart_words.py" line="+22"/>
        <source>No orders in any window of the last 12 months.</source>
        <extracomment>pyside6-lupdate reads plural messages from X.tr(text, &quot;&quot;, n), not from QCoreApplication.translate</extracomment>
        <translation>Nessun ordine in alcun periodo degli ultimi 12 mesi.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Today {now}; highest {high} on {day}; a warning would have been sent on %n day(s).</source>
        <translation>
            <numerusform>Oggi {now}; massimo {high} il {day}; un avviso sarebbe arrivato in %n giorno.</numerusform>
            <numerusform>Oggi {now}; massimo {high} il {day}; un avviso sarebbe arrivato in %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This month so far: on-time shipping {ship} ({a} of {b}), messages answered within 48 hours {msg} ({c} of {d}).</source>
        <translation>Questo mese finora: spedizioni in tempo {ship} ({a} su {b}), messaggi con risposta entro 48 ore {msg} ({c} su {d}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviews by stars: {parts}.</source>
        <translation>Recensioni per stelle: {parts}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problem orders in the last 12 months.</source>
        <translation>Nessun ordine problematico negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders by cause: {parts}.</source>
        <translation>Ordini problematici per causa: {parts}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/panels.py" line="+35"/>
        <source>Would Etsy send a warning?</source>
        <translation>Etsy invierebbe un avviso?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All three must hold</source>
        <translation>Devono valere tutte e tre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With exclusions</source>
        <translation>Con esclusioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict</source>
        <translation>Rigoroso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ODR ≥ 1%</source>
        <translation>TIO ≥ 1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3+ problem orders all time</source>
        <translation>3+ ordini problematici in totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2+ in the window</source>
        <translation>2+ nel periodo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>holds</source>
        <translation>vale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not hold</source>
        <translation>non vale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no orders</source>
        <translation>nessun ordine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a warning would be sent</source>
        <translation>verrebbe inviato un avviso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no warning</source>
        <translation>nessun avviso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No orders in the window {w}: the rate is undefined, no warning can be sent.</source>
        <translation>Nessun ordine nel periodo {w}: il tasso non è definito, non può essere inviato alcun avviso.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; more clean order(s) in the window would bring the ODR back under 1%.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; altro ordine senza problemi nel periodo riporterebbe il TIO sotto l&apos;1%.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; altri ordini senza problemi nel periodo riporterebbero il TIO sotto l&apos;1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Headroom: &lt;b&gt;%n&lt;/b&gt; more problem order(s) keep you under 1% ({orders}).</source>
        <translation>
            <numerusform>Margine: con &lt;b&gt;%n&lt;/b&gt; altro ordine problematico resti sotto l&apos;1% ({orders}).</numerusform>
            <numerusform>Margine: con &lt;b&gt;%n&lt;/b&gt; altri ordini problematici resti sotto l&apos;1% ({orders}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s) in the window</source>
        <translation>
            <numerusform>%Ln ordine nel periodo</numerusform>
            <numerusform>%Ln ordini nel periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem order(s) excluded by seller protection; the strict column counts them.</source>
        <translation>
            <numerusform>%n ordine problematico escluso dalla protezione del venditore; la colonna rigorosa lo conta.</numerusform>
            <numerusform>%n ordini problematici esclusi dalla protezione del venditore; la colonna rigorosa li conta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+112"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Lavorazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic</source>
        <translation>Nazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open orders</source>
        <translation>Ordini aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+20"/>
        <source>Order</source>
        <extracomment>the titles of the store&apos;s TableSpec columns (orders, threads, reviews, cases) and other tables</extracomment>
        <translation>Ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Tracciamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDD</source>
        <translation>Arrivo prev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message</source>
        <translation>Primo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reply</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time</source>
        <translation>Tempo di risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply by</source>
        <translation>Rispondere entro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>Ultimo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Recensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/listing_profiles.py" line="+25"/>
        <source>Listing</source>
        <translation>Inserzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping profile</source>
        <translation>Profilo di spedizione</translation>
    </message>
</context>
<context>
    <name>CountryHolidaysDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/country_holidays.py" line="+29"/>
        <source>Load a country&apos;s holidays</source>
        <extracomment>how many moved orders the effect line names (the rest are counted)</extracomment>
        <translation>Carica le festività di un paese</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country:</source>
        <translation>Paese:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region:</source>
        <translation>Stato o regione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From year:</source>
        <translation>Dall&apos;anno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To year:</source>
        <translation>All&apos;anno:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation>Festività</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a country.</source>
        <translation>Scegli un paese.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last year comes before the first; swap them.</source>
        <translation>L&apos;ultimo anno viene prima del primo: scambiali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {n} years at a time; load a shorter span.</source>
        <translation>Al massimo {n} anni alla volta; carica un intervallo più breve.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole country (national holidays)</source>
        <translation>Tutto il paese (festività nazionali)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Add %n day(s)</source>
        <translation>
            <numerusform>Aggiungi %n giorno</numerusform>
            <numerusform>Aggiungi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>already in the calendar</source>
        <translation>già nel calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekend: no effect</source>
        <translation>fine settimana: nessun effetto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing new to add: every day listed is already in the calendar.</source>
        <translation>Niente di nuovo da aggiungere: ogni giorno elencato è già nel calendario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added, these days change no open order&apos;s ship-by date.</source>
        <translation>Aggiunti, questi giorni non cambiano la data di spedizione di nessun ordine aperto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{order}: {before} → {after}</source>
        <translation>{order}: {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation>
            <numerusform> e %n altro</numerusform>
            <numerusform> e altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added (then applied), these days move the ship-by date of %n open order(s): </source>
        <translation>
            <numerusform>Aggiunti (e poi applicati), questi giorni spostano la data di spedizione di %n ordine aperto: </numerusform>
            <numerusform>Aggiunti (e poi applicati), questi giorni spostano la data di spedizione di %n ordini aperti: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/drawers.py" line="+20"/>
        <source>Review ≤ 2★</source>
        <translation>Recensione ≤ 2★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not received</source>
        <translation>Non ricevuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>Non conforme alla descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other case</source>
        <translation>Altro caso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>strict (no exclusions)</source>
        <translation>rigoroso (senza esclusioni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR with exclusions</source>
        <translation>TIO con esclusioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>1% limit</source>
        <translation>limite 1%</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>0.75% approaching</source>
        <translation>0.75% in avvicinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning would be sent</source>
        <translation>verrebbe inviato un avviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR (% of orders in the window)</source>
        <translation>TIO (% degli ordini nel periodo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>as-of day</source>
        <translation>giorno di riferimento</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Order dissatisfaction rate, last 12 months</source>
        <translation>Tasso di insoddisfazione degli ordini, ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>shipped on time</source>
        <translation>spediti in tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages answered ≤ 48 h</source>
        <translation>messaggi con risposta ≤ 48 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% standard</source>
        <translation>standard 80%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% Star Seller</source>
        <translation>95% Venditore Star</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate (%)</source>
        <translation>tasso (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-time shipping and message response by month</source>
        <translation>Spedizioni puntuali e risposte ai messaggi per mese</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reviews (count)</source>
        <translation>recensioni (numero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating (stars)</source>
        <translation>valutazione (stelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating distribution, last 12 months</source>
        <translation>Distribuzione delle valutazioni, ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>counted</source>
        <translation>contati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded (seller protection)</source>
        <translation>esclusi (protezione del venditore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem orders (count)</source>
        <translation>ordini problematici (numero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders by cause, last 12 months</source>
        <translation>Ordini problematici per causa, ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>projected ODR</source>
        <translation>TIO previsto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODR (%)</source>
        <translation>TIO (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 90 days if nothing else changes</source>
        <translation>Prossimi 90 giorni se non cambia altro</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/lists.py" line="+153"/>
        <source>review {stars}★ on {day}</source>
        <translation>recensione {stars}★ il {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case ({reason}) opened {day}</source>
        <translation>caso ({reason}) aperto il {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — excluded: {reason}</source>
        <translation> — escluso: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the window</source>
        <translation>nel periodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enters later</source>
        <translation>entra più avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>escluso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counts</source>
        <translation>conta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask for seller protection: lost in transit, shipped on time (tracked, shipped {s}, due {d})</source>
        <translation>chiedi la protezione del venditore: perso durante il trasporto, spedito in tempo (tracciato, spedito il {s}, entro il {d})</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+12"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Order date</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it counts</source>
        <translation>Perché conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller protection</source>
        <translation>Protezione del venditore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enters the window</source>
        <translation>Entra nel periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day in it</source>
        <translation>Ultimo giorno nel periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR on entry (if nothing else changes)</source>
        <translation>TIO all&apos;ingresso (se non cambia altro)</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/states.py" line="+24"/>
        <source>&gt;= 80% within 48 h</source>
        <extracomment>the dashboard&apos;s texts built outside its widgets (gauges, charts, tables) core.standards&apos; metric targets, shown under the gauges</extracomment>
        <translation>≥ 80% entro 48 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;= 80% on time</source>
        <translation>≥ 80% in tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;= 95% within 24 h</source>
        <translation>≥ 95% entro 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;= 95% on time with tracking</source>
        <translation>≥ 95% in tempo, tracciati</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order dissatisfaction rate</source>
        <translation>Tasso di insoddisfazione degli ordini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No orders</source>
        <translation>Nessun ordine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders in the window
{window}</source>
        <translation>Nessun ordine nel periodo
{window}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at or over the 1% limit</source>
        <translation>pari o oltre il limite dell&apos;1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approaching the 1% limit</source>
        <translation>vicino al limite dell&apos;1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below the 1% limit</source>
        <translation>sotto il limite dell&apos;1%</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n problem order(s) of {n} — {verdict}
window {window}</source>
        <translation>
            <numerusform>%n ordine problematico su {n} — {verdict}
periodo {window}</numerusform>
            <numerusform>%n ordini problematici su {n} — {verdict}
periodo {window}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{count} of {total}
allowed: {a}</source>
        <translation>{count} su {total}
consentiti: {a}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n low review(s)</source>
        <translation>
            <numerusform>%n recensione bassa</numerusform>
            <numerusform>%n recensioni basse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln recensione</numerusform>
            <numerusform>%Ln recensioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordine</numerusform>
            <numerusform>%Ln ordini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>target ≥ {rating}</source>
        <translation>obiettivo ≥ {rating}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No reviews yet</source>
        <translation>Ancora nessuna recensione</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Nothing to judge yet
target {t}</source>
        <translation>Ancora niente da valutare
obiettivo {t}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{c} of {t}{unit}
target {target}</source>
        <translation>{c} su {t}{unit}
obiettivo {target}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="-7"/>
        <location filename="../../sellerdesk/ui/pages/dashboard/page.py" line="+52"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/page.py" line="+47"/>
        <location line="+211"/>
        <source>Star Seller</source>
        <translation>Venditore Star</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>ODR trend</source>
        <translation>Andamento TIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-time shipping and response</source>
        <translation>Spedizioni puntuali e risposte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating distribution</source>
        <translation>Distribuzione delle valutazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders by cause</source>
        <translation>Ordini problematici per causa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>90-day projection</source>
        <translation>Previsione a 90 giorni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is coming</source>
        <translation>Cosa sta arrivando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem orders</source>
        <translation>Ordini problematici</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read: {e}</source>
        <translation>Impossibile leggere: {e}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of:</source>
        <translation>Alla data:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the dashboard as it stood on a past day</source>
        <translation>Mostra la dashboard com&apos;era in un giorno passato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{shop}&lt;/b&gt; — figures as of {day}{past}</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; — dati al {day}{past}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a past day)</source>
        <translation> (un giorno passato)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders with a review of 2 stars or fewer or a case, of the orders placed in the window; keep it below 1%.</source>
        <translation>Ordini con una recensione di 2 stelle o meno o con un caso, sugli ordini effettuati nel periodo; tienilo sotto l&apos;1%.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer Service Standards, {range} (90 days)</source>
        <translation>Standard del servizio clienti, {range} (90 giorni)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Star Seller — running period {range}, evaluated {next}</source>
        <translation>Venditore Star — periodo in corso {range}, valutato il {next}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last evaluation ({on}): &lt;b&gt;{verdict}&lt;/b&gt;. Running period minimums: {orders} of {need}, sales {sales} of {sales_need} {cur}, {days} since the first sale (90 needed): &lt;b&gt;{met}&lt;/b&gt;.</source>
        <translation>Ultima valutazione ({on}): &lt;b&gt;{verdict}&lt;/b&gt;. Minimi del periodo in corso: {orders} su {need}, vendite {sales} su {sales_need} {cur}, {days} dalla prima vendita (ne servono 90): &lt;b&gt;{met}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Every problem order placed since the window started ({start}); excluded ones are greyed. Double-click an order to open it. %n could be protected.</source>
        <translation>
            <numerusform>Ogni ordine problematico effettuato dall&apos;inizio del periodo ({start}); quelli esclusi sono in grigio. Fai doppio clic su un ordine per aprirlo. %n potrebbe essere protetto.</numerusform>
            <numerusform>Ogni ordine problematico effettuato dall&apos;inizio del periodo ({start}); quelli esclusi sono in grigio. Fai doppio clic su un ordine per aprirlo. %n potrebbero essere protetti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Message response</source>
        <translation>Risposta ai messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First buyer messages answered within 48 hours; at least 80%.</source>
        <translation>Primi messaggi degli acquirenti con risposta entro 48 ore; almeno l&apos;80%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-time shipping</source>
        <translation>Spedizioni puntuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders marked shipped by their ship-by date; at least 80%.</source>
        <translation>Ordini segnati come spediti entro la data di spedizione prevista; almeno l&apos;80%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews ≤ 3 stars</source>
        <translation>Recensioni ≤ 3 stelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 40 reviews: at most 4 of 3 stars or fewer; otherwise under 10%.</source>
        <translation>Sotto le 40 recensioni: al massimo 4 da 3 stelle o meno; altrimenti meno del 10%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seller-refunded cases</source>
        <translation>Casi rimborsati dal venditore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 300 orders: at most 3; otherwise under 1%.</source>
        <translation>Sotto i 300 ordini: al massimo 3; altrimenti meno dell&apos;1%.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages ≤ 24 h</source>
        <translation>Messaggi ≤ 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First messages answered within 24 hours (auto-replies count); at least 95%.</source>
        <translation>Primi messaggi con risposta entro 24 ore (le risposte automatiche contano); almeno il 95%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On time with tracking</source>
        <translation>Puntuali con tracciamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders shipped on time with tracking; at least 95%.</source>
        <translation>Ordini spediti in tempo con tracciamento; almeno il 95%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average rating</source>
        <translation>Valutazione media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average review rating; at least 4.8.</source>
        <translation>Valutazione media delle recensioni; almeno 4.8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases (Star Seller)</source>
        <translation>Casi (Venditore Star)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seller-refunded cases must meet the case standard.</source>
        <translation>I casi rimborsati dal venditore devono rispettare lo standard sui casi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not Star Seller</source>
        <translation>non Venditore Star</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordine</numerusform>
            <numerusform>%Ln ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>raggiunti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>non raggiunti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Daily ODR for the last 12 months against the 1% limit; dots mark days a warning would have been sent.</source>
        <translation>TIO giornaliero degli ultimi 12 mesi rispetto al limite dell&apos;1%; i punti indicano i giorni in cui sarebbe stato inviato un avviso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly on-time shipping and message response rates against the 80% standard and 95% Star Seller.</source>
        <translation>Tassi mensili di spedizioni puntuali e di risposta ai messaggi rispetto allo standard dell&apos;80% e al 95% di Venditore Star.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews by star rating.</source>
        <translation>Recensioni per numero di stelle.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&lt;b&gt;%n&lt;/b&gt; problem order(s) placed after the window will enter it. {cross}</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ordine problematico effettuato dopo il periodo vi entrerà. {cross}</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ordini problematici effettuati dopo il periodo vi entreranno. {cross}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problem orders placed in the last 12 months, by cause.</source>
        <translation>Ordini problematici effettuati negli ultimi 12 mesi, per causa.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The ODR for the next 90 days with the recent daily order volume and no new problem orders.</source>
        <translation>Il TIO dei prossimi 90 giorni con il volume giornaliero recente di ordini e nessun nuovo ordine problematico.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If nothing else changes the ODR reaches 1% on &lt;b&gt;{d}&lt;/b&gt; ({r}).</source>
        <translation>Se non cambia altro il TIO raggiunge l&apos;1% il &lt;b&gt;{d}&lt;/b&gt; ({r}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If nothing else changes the ODR stays below 1% for the next 90 days.</source>
        <translation>Se non cambia altro il TIO resta sotto l&apos;1% per i prossimi 90 giorni.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../sellerdesk/ui/empty_states.py" line="+23"/>
        <source>What to do next</source>
        <translation>Cosa fare adesso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Etsy downloads…</source>
        <translation>Importa i download di Etsy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a folder…</source>
        <translation>Importa una cartella…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No orders yet, so the gauges have nothing to measure. Import your Etsy downloads (Shop Manager &gt; Settings &gt; Options &gt; Download Data) to see your standards.</source>
        <translation>Ancora nessun ordine, quindi gli indicatori non hanno niente da misurare. Importa i tuoi download di Etsy (Shop Manager &gt; Impostazioni &gt; Opzioni &gt; Scarica dati) per vedere i tuoi standard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No orders yet. Import the orders files you downloaded from Etsy, or add an order by hand.</source>
        <translation>Ancora nessun ordine. Importa i file degli ordini scaricati da Etsy, oppure aggiungi un ordine a mano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Nuovo ordine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No messages logged yet. Log a buyer&apos;s message when it arrives: SellerDesk then counts the 24 h and 48 h reply deadlines.</source>
        <translation>Ancora nessun messaggio registrato. Registra il messaggio di un acquirente quando arriva: SellerDesk conta poi le scadenze di risposta di 24 h e 48 h.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a message</source>
        <translation>Registra un messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews yet. Import Etsy&apos;s reviews download (a .json file), or add a review by hand.</source>
        <translation>Ancora nessuna recensione. Importa il download delle recensioni di Etsy (un file .json), oppure aggiungi una recensione a mano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New review</source>
        <translation>Nuova recensione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cases: good. When a buyer opens a case on Etsy, log it here so it counts in your rates.</source>
        <translation>Nessun caso: bene. Quando un acquirente apre un caso su Etsy, registralo qui perché conti nei tuoi tassi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a case</source>
        <translation>Registra un caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved replies. Write one for a question you answer often, then use it from any order.</source>
        <translation>Nessuna risposta salvata. Scrivine una per una domanda a cui rispondi spesso, poi usala da qualsiasi ordine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New saved reply</source>
        <translation>Nuova risposta salvata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shipping profile. Add one with your processing time, so new orders get their ship-by and delivery dates.</source>
        <translation>Nessun profilo di spedizione. Aggiungine uno con il tuo tempo di lavorazione, così i nuovi ordini ricevono le date di spedizione e di consegna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New shipping profile</source>
        <translation>Nuovo profilo di spedizione</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../sellerdesk/io/evidence.py" line="+109"/>
        <source>Order {order}: the shop&apos;s records for Etsy&apos;s case</source>
        <translation>Ordine {order}: i dati del negozio per il caso su Etsy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shop</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to</source>
        <translation>Spedire a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation>Totale ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status</source>
        <translation>Stato dell&apos;ordine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written on {day} from the records kept in SellerDesk.</source>
        <translation>Redatto il {day} dai dati registrati in SellerDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>closed on {day}: {resolution}</source>
        <translation>chiuso il {day}: {resolution}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; excluded from the rate: {reason}</source>
        <translation>; escluso dal tasso: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meets seller protection: shipped on time with tracking.</source>
        <translation>Rientra nella protezione del venditore: spedito in tempo con tracciamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: no ship date is recorded.</source>
        <translation>Non rientra nella protezione del venditore: nessuna data di spedizione registrata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: the order has no ship-by date to compare with.</source>
        <translation>Non rientra nella protezione del venditore: l&apos;ordine non ha una data di spedizione prevista con cui confrontare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: shipped after the ship-by date.</source>
        <translation>Non rientra nella protezione del venditore: spedito dopo la data prevista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: no tracking number is recorded.</source>
        <translation>Non rientra nella protezione del venditore: nessun numero di tracciamento registrato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on or before the ship-by date</source>
        <translation>Spedito entro la data prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped {shipped}, ship by {due}</source>
        <translation>spedito il {shipped}, da spedire entro il {due}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tracking number</source>
        <translation>Numero di tracciamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition (Etsy seller protection)</source>
        <translation>Condizione (protezione del venditore Etsy)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Soddisfatta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ordered</source>
        <translation>Ordinato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>processing time {days} business days</source>
        <translation>tempo di lavorazione {days} giorni lavorativi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>processing time %n business day(s)</source>
        <translation>
            <numerusform>tempo di lavorazione %n giorno lavorativo</numerusform>
            <numerusform>tempo di lavorazione %n giorni lavorativi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship-by date</source>
        <translation>Data di spedizione prevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extended from {before}</source>
        <translation>prorogata dal {before}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on {day}</source>
        <translation> il {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-by date, extended</source>
        <translation>Data di spedizione prevista, prorogata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>carrier not recorded</source>
        <translation>corriere non registrato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{carrier}, tracking {tracking}</source>
        <translation>{carrier}, tracciamento {tracking}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{carrier}, no tracking number recorded</source>
        <translation>{carrier}, nessun numero di tracciamento registrato</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no ship date recorded</source>
        <translation>nessuna data di spedizione registrata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated delivery date</source>
        <translation>Data di consegna stimata</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no delivery date recorded</source>
        <translation>nessuna data di consegna registrata</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages ({n})</source>
        <translation>Messaggi ({n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(marked spam)</source>
        <translation>(segnato come spam)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent (UTC)</source>
        <translation>Inviato (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews ({n})</source>
        <translation>Recensioni ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stars} of 5 stars</source>
        <translation>{stars} stelle su 5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Order {order} — records for Etsy&apos;s case</source>
        <translation>Ordine {order} — dati per il caso su Etsy</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/evidence.py" line="+35"/>
        <source>Save the evidence for Etsy&apos;s case</source>
        <translation>Salva le prove per il caso su Etsy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it meets seller protection (shipped on time with tracking)</source>
        <translation>rientra nella protezione del venditore (spedito in tempo con tracciamento)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not meet seller protection</source>
        <translation>non rientra nella protezione del venditore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence for order {order} saved to {file}; {verdict}.</source>
        <translation>Prove per l&apos;ordine {order} salvate in {file}; {verdict}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} could not be written ({error}); choose another folder or file name.</source>
        <translation>Impossibile scrivere {file} ({error}); scegli un&apos;altra cartella o un altro nome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the evidence</source>
        <translation>Impossibile salvare le prove</translation>
    </message>
</context>
<context>
    <name>ExclusionDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/review_case_dialogs.py" line="+27"/>
        <source>Seller protection</source>
        <translation>Protezione del venditore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An excluded {kind} does not make order {order} a problem order (the strict ODR still counts it). Choose the reason Etsy accepted, or &apos;not excluded&apos; to count it again.</source>
        <translation>Un elemento escluso ({kind}) non rende l&apos;ordine {order} problematico (il TIO rigoroso lo conta comunque). Scegli il motivo accettato da Etsy, o &apos;non escluso&apos; per contarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not excluded</source>
        <translation>non escluso</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../sellerdesk/ui/export_actions.py" line="+27"/>
        <location line="+61"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Export your records as CSV files a spreadsheet opens and SellerDesk imports back.</source>
        <translation>Esporta i tuoi dati in file CSV che un foglio di calcolo apre e che SellerDesk reimporta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything…</source>
        <translation>Tutto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page&apos;s {page}…</source>
        <translation>{page} di questa pagina…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export into folder</source>
        <translation>Esporta nella cartella</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %Ln record(s) into {folder}.</source>
        <translation>
            <numerusform>Esportato %Ln record in {folder}.</numerusform>
            <numerusform>Esportati %Ln record in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Exported %Ln record(s) into {file}.</source>
        <translation>
            <numerusform>Esportato %Ln record in {file}.</numerusform>
            <numerusform>Esportati %Ln record in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Export this page&apos;s records</source>
        <translation>Esporta i record di questa pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled.</source>
        <translation>Esportazione annullata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written ({error}). Choose another folder and try again.</source>
        <translation>Impossibile scrivere l&apos;esportazione ({error}). Scegli un&apos;altra cartella e riprova.</translation>
    </message>
</context>
<context>
    <name>ExtendShipByDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="+124"/>
        <source>Extend ship-by of order {order}</source>
        <translation>Proroga la spedizione dell&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ship-by date (once, at most 21 days later)</source>
        <translation>Nuova data di spedizione prevista (una volta, al massimo 21 giorni dopo)</translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <location filename="../../sellerdesk/ui/widgets/gauge.py" line="+67"/>
        <source>Nothing to measure yet.</source>
        <translation>Ancora niente da misurare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets the standard.</source>
        <translation>Rispetta lo standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the limit.</source>
        <translation>Vicino al limite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misses the standard.</source>
        <translation>Non rispetta lo standard.</translation>
    </message>
</context>
<context>
    <name>HolidaySection</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+56"/>
        <source>Holiday calendar</source>
        <translation>Calendario festività</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weekends never count as processing days. Holidays do, unless you list them here (Etsy&apos;s rule): every ship-by date and estimated delivery skips the days below.</source>
        <translation>I fine settimana non contano mai come giorni di lavorazione. Le festività sì, a meno che non le elenchi qui (regola di Etsy): ogni data di spedizione prevista e di consegna stimata salta i giorni sotto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>Holiday</source>
        <translation>Festività</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>name, e.g. Workshop closed</source>
        <translation>nome, es. Laboratorio chiuso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>Aggiungi giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>Rimuovi selezionati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a country&apos;s holidays…</source>
        <translation>Carica le festività di un paese…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public holidays of any country or state, movable and lunar ones included, listed before adding</source>
        <translation>Le festività di qualsiasi paese o stato, comprese quelle mobili e lunari, elencate prima di aggiungerle</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Not applied yet. With this calendar %n open order(s) get a different ship-by date and {total} a different estimated delivery.</source>
        <translation>
            <numerusform>Non ancora applicato. Con questo calendario %n ordine aperto riceve una data di spedizione diversa e {total} una consegna stimata diversa.</numerusform>
            <numerusform>Non ancora applicato. Con questo calendario %n ordini aperti ricevono una data di spedizione diversa e {total} una consegna stimata diversa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open order(s) have dates computed before the current calendar; Apply recomputes them.</source>
        <translation>
            <numerusform>%n ordine aperto ha date calcolate prima del calendario attuale; Applica le ricalcola.</numerusform>
            <numerusform>%n ordini aperti hanno date calcolate prima del calendario attuale; Applica le ricalcola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Holiday calendar (%n day(s))</source>
        <translation>
            <numerusform>Calendario festività (%n giorno)</numerusform>
            <numerusform>Calendario festività (%n giorni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n open order(s) moved</source>
        <translation>
            <numerusform>, %n ordine aperto spostato</numerusform>
            <numerusform>, %n ordini aperti spostati</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Also move the open orders&apos; dates</source>
        <translation>Sposta anche le date degli ordini aperti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply calendar</source>
        <translation>Applica calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All open orders&apos; dates follow this calendar.</source>
        <translation>Le date di tutti gli ordini aperti seguono questo calendario.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/import_flow.py" line="+78"/>
        <source>Reading %n file(s)…</source>
        <extracomment>the preview (or problems) dialog is open; tests answer it the import ended: the report, or None (cancelled, failed, nothing to do)</extracomment>
        <translation>
            <numerusform>Lettura di %n file…</numerusform>
            <numerusform>Lettura di %n file…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import {files}</source>
        <translation>Importa {files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking against the shop</source>
        <translation>Verifica rispetto al negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the shop</source>
        <translation>Confronto con il negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up the shop</source>
        <translation>Backup del negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing orders</source>
        <translation>Scrittura degli ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing items</source>
        <translation>Scrittura degli articoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing reviews</source>
        <translation>Scrittura delle recensioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing messages</source>
        <translation>Scrittura dei messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled; the shop was not changed.</source>
        <translation>Importazione annullata; il negozio non è stato modificato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped ({error}); the shop was not changed.</source>
        <translation>L&apos;importazione si è interrotta ({error}); il negozio non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/import_preview.py" line="+28"/>
        <source>Etsy orders</source>
        <translation>Ordini Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etsy order items</source>
        <translation>Articoli degli ordini Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etsy reviews</source>
        <translation>Recensioni Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk orders</source>
        <translation>Ordini SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk reviews</source>
        <translation>Recensioni SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk cases</source>
        <translation>Casi SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk messages</source>
        <translation>Messaggi SellerDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>US wording</source>
        <translation>dicitura USA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK wording</source>
        <translation>dicitura UK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with SKU</source>
        <translation>con SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without SKU</source>
        <translation>senza SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk template</source>
        <translation>modello SellerDesk</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonna</numerusform>
            <numerusform>%n colonne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="+24"/>
        <source>Import — preview</source>
        <translation>Importa — anteprima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import — problems found</source>
        <translation>Importa — problemi trovati</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+82"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignored columns</source>
        <translation>Colonne ignorate</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Invariati</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n review(s) are for orders not in the shop yet (an older download?). They are kept and join their order when it is imported.</source>
        <translation>
            <numerusform>%n recensione riguarda un ordine non ancora nel negozio (un download più vecchio?). Viene conservata e si unisce al suo ordine quando questo viene importato.</numerusform>
            <numerusform>%n recensioni riguardano ordini non ancora nel negozio (un download più vecchio?). Vengono conservate e si uniscono al loro ordine quando questo viene importato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {n}</source>
        <translation>{name}: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no shipping profile (no ship-by date)</source>
        <translation>nessun profilo di spedizione (nessuna data di spedizione)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ship-by dates of new orders come from — {parts}.</source>
        <translation>Le date di spedizione dei nuovi ordini vengono da — {parts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders without a profile get no ship-by date and are left out of on-time shipping: set a default profile, or map their listings, in Shipping profiles before importing.</source>
        <translation>Gli ordini senza profilo non hanno una data di spedizione e restano fuori dalla spedizione puntuale: imposta un profilo predefinito, o associa le loro inserzioni, in Profili di spedizione prima di importare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: {text}</source>
        <translation>Attenzione: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is written until you press Import. {orders}, {updated}.</source>
        <translation>Non viene scritto nulla finché non premi Importa. {orders}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln ordine nuovo</numerusform>
            <numerusform>%Ln ordini nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated order(s)</source>
        <translation>
            <numerusform>%Ln ordine aggiornato</numerusform>
            <numerusform>%Ln ordini aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Nothing was imported: %n problem(s) found. Fix the files and import again; the shop was not changed.</source>
        <translation>
            <numerusform>Non è stato importato nulla: trovato %n problema. Correggi i file e importa di nuovo; il negozio non è stato modificato.</numerusform>
            <numerusform>Non è stato importato nulla: trovati %n problemi. Correggi i file e importa di nuovo; il negozio non è stato modificato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing to import: every record in these files is already in the shop as they have it.</source>
        <translation>Niente da importare: ogni record di questi file è già nel negozio così com&apos;è.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/labels.py" line="+22"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>Labels and packing slips</source>
        <translation>Etichette e distinte di imballaggio</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Check the orders to print an address label and a packing slip for (one page each).</source>
        <translation>Seleziona gli ordini per cui stampare un&apos;etichetta con l&apos;indirizzo e una distinta di imballaggio (una pagina ciascuno).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save labels and packing slips</source>
        <translation>Salva etichette e distinte di imballaggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the PDF</source>
        <translation>Impossibile salvare il PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels could not be written to {path}:
{error}
Choose another folder or file name.</source>
        <translation>Impossibile scrivere le etichette in {path}:
{error}
Scegli un&apos;altra cartella o un altro nome.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved labels and packing slips for %n order(s) to {path}</source>
        <translation>
            <numerusform>Etichette e distinte di imballaggio per %n ordine salvate in {path}</numerusform>
            <numerusform>Etichette e distinte di imballaggio per %n ordini salvate in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n order(s) chosen. Print them, or save them as a PDF?</source>
        <translation>
            <numerusform>%n ordine scelto. Stamparlo o salvarlo come PDF?</numerusform>
            <numerusform>%n ordini scelti. Stamparli o salvarli come PDF?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
</context>
<context>
    <name>ListingProfiles</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/listing_profiles.py" line="+22"/>
        <source>Listings and their shipping profiles</source>
        <translation>Inserzioni e relativi profili di spedizione</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Listings appear here once you import Etsy&apos;s order items download (File &gt; Import…).</source>
        <translation>Le inserzioni compaiono qui dopo aver importato il download degli articoli degli ordini di Etsy (File &gt; Importa…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported orders take the ship-by date of their listing&apos;s profile; a listing on “{default}” uses the default profile. Your choice is kept for every later import.</source>
        <translation>Gli ordini importati prendono la data di spedizione dal profilo della loro inserzione; un&apos;inserzione su “{default}” usa il profilo predefinito. La tua scelta vale per ogni importazione successiva.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>Shipping profile of listing {listing}</source>
        <translation>Profilo di spedizione dell&apos;inserzione {listing}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Default profile (none set)</source>
        <translation>Profilo predefinito (nessuno impostato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default profile ({name})</source>
        <translation>Profilo predefinito ({name})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sellerdesk/ui/main_window.py" line="+218"/>
        <source>Shop file: {path}</source>
        <translation>File del negozio: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODR: no orders in the window</source>
        <translation>TIO: nessun ordine nel periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODR {rate} ({k} of {n}) — limit 1%</source>
        <translation>TIO {rate} ({k} su {n}) — limite 1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — as of {day}</source>
        <translation> — al {day}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New shop…</source>
        <translation>&amp;Nuovo negozio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;folder…</source>
        <translation>Importa una &amp;cartella…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly re&amp;port…</source>
        <translation>Report &amp;mensile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Backup adesso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore…</source>
        <translation>Ripri&amp;stina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New record</source>
        <translation>&amp;Nuovo record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SellerDesk</source>
        <translation>&amp;Informazioni su SellerDesk</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{path} is open in another window.</source>
        <translation>{path} è aperto in un&apos;altra finestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lettura di %n file…</numerusform>
            <numerusform>Lettura di %n file…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported: {orders}, {updated}, {reviews}.</source>
        <translation>Importati: {orders}, {updated}, {reviews}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n ordine nuovo</numerusform>
            <numerusform>%n ordini nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated order(s)</source>
        <translation>
            <numerusform>%n ordine aggiornato</numerusform>
            <numerusform>%n ordini aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new review(s)</source>
        <translation>
            <numerusform>%n recensione nuova</numerusform>
            <numerusform>%n recensioni nuove</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>New shop file</source>
        <translation>Nuovo file del negozio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SellerDesk shop (*.sellerdesk *.db)</source>
        <translation>Negozio SellerDesk (*.sellerdesk *.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File exists</source>
        <translation>Il file esiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} esiste già; scegli un nome nuovo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open shop file</source>
        <translation>Apri file del negozio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SellerDesk shop (*.sellerdesk *.db);;All files (*)</source>
        <translation>Negozio SellerDesk (*.sellerdesk *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Etsy downloads or SellerDesk CSV files</source>
        <translation>Importa i download di Etsy o file CSV di SellerDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy downloads and SellerDesk files (*.csv *.json *.txt *.tsv);;All files (*)</source>
        <translation>Download di Etsy e file di SellerDesk (*.csv *.json *.txt *.tsv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import every Etsy download in a folder</source>
        <translation>Importa tutti i download di Etsy di una cartella</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to import: the shop already holds these files.</source>
        <translation>Niente da importare: il negozio contiene già questi file.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About SellerDesk</source>
        <translation>Informazioni su SellerDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;SellerDesk {version}&lt;/h3&gt;&lt;p&gt;Keeps your shop&apos;s customer service in order, offline: your orders, messages, reviews and cases in a local file, with live gauges of Etsy&apos;s standards.&lt;/p&gt;&lt;p&gt;Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SellerDesk {version}&lt;/h3&gt;&lt;p&gt;Tiene in ordine il servizio clienti del tuo negozio, offline: ordini, messaggi, recensioni e casi in un file locale, con indicatori in tempo reale degli standard di Etsy.&lt;/p&gt;&lt;p&gt;Nulla lascia questo computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkCustomDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="+25"/>
        <source>Custom order {order}</source>
        <translation>Ordine su misura {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom (made to order)</source>
        <translation>Su misura (realizzato su ordinazione)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing (min business days)</source>
        <translation>Lavorazione (giorni lavorativi min.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processing (max business days)</source>
        <translation>Lavorazione (giorni lavorativi max.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ship-by date is recomputed from the longest processing time.</source>
        <translation>La data di spedizione prevista viene ricalcolata dal tempo di lavorazione più lungo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order is shipped or its ship-by was extended: its ship-by date stays.</source>
        <translation>Questo ordine è spedito o la sua spedizione è stata prorogata: la data di spedizione prevista resta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a custom order needs its own processing time</source>
        <translation>un ordine su misura richiede un proprio tempo di lavorazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest time is shorter than the shortest ({low})</source>
        <translation>il tempo più lungo è inferiore al più breve ({low})</translation>
    </message>
</context>
<context>
    <name>MarkShippedDialog</name>
    <message>
        <location line="-82"/>
        <source>Mark order {order} shipped</source>
        <translation>Segna l&apos;ordine {order} come spedito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on</source>
        <translation>Spedito il</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking number</source>
        <translation>Numero di tracciamento</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="-105"/>
        <source>Edit message</source>
        <extracomment>undo-step texts of the record dialogs (one context, whichever page asked)</extracomment>
        <translation>Modifica messaggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log message</source>
        <translation>Registra messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order (optional)</source>
        <translation>Ordine (facoltativo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this conversation already has a message from {sender} at this time</source>
        <translation>questa conversazione ha già un messaggio di {sender} a quest&apos;ora</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+4"/>
        <location filename="../../sellerdesk/ui/pages/messages.py" line="+54"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/messages.py" line="+2"/>
        <source>Search conversation, order id or buyer  (Ctrl+F)</source>
        <translation>Cerca conversazione, n. ordine o acquirente  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All conversations</source>
        <translation>Tutte le conversazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting reply — nearest deadline first</source>
        <translation>In attesa di risposta — scadenza più vicina prima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (no reply after 48 h)</source>
        <translation>In ritardo (nessuna risposta dopo 48 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered after 48 h</source>
        <translation>Risposta dopo 48 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log buyer message…</source>
        <translation>Registra messaggio dell&apos;acquirente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log reply…</source>
        <translation>Registra risposta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use saved reply…</source>
        <translation>Usa risposta salvata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+2"/>
        <source>Mark spam</source>
        <translation>Segna come spam</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Delete conversation</source>
        <translation>Elimina conversazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>overdue by {t}</source>
        <translation>in ritardo di {t}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{t} left ({hours})</source>
        <translation>{t} rimanenti ({hours})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select a conversation to read it. Ctrl+N logs a buyer message.</source>
        <translation>Seleziona una conversazione per leggerla. Ctrl+N registra un messaggio dell&apos;acquirente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not spam</source>
        <translation>Non spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam: never counts for the response rates.</source>
        <translation>Spam: non conta mai per i tassi di risposta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First reply after {t} ({by}).</source>
        <translation>Prima risposta dopo {t} ({by}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awaiting reply: {t}.</source>
        <translation>In attesa di risposta: {t}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No buyer message yet.</source>
        <translation>Ancora nessun messaggio dell&apos;acquirente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — order {order}</source>
        <translation> — ordine {order}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> [spam]</source>
        <translation> [spam]</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Mark %n conversation(s) spam</source>
        <translation>
            <numerusform>Segna %n conversazione come spam</numerusform>
            <numerusform>Segna %n conversazioni come spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mark %n conversation(s) not spam</source>
        <translation>
            <numerusform>Segna %n conversazione come non spam</numerusform>
            <numerusform>Segna %n conversazioni come non spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete %n conversation(s) with all their messages? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Eliminare %n conversazione con tutti i suoi messaggi? Puoi annullare con Ctrl+Z.</numerusform>
            <numerusform>Eliminare %n conversazioni con tutti i loro messaggi? Puoi annullare con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n conversation(s)</source>
        <translation>
            <numerusform>Elimina %n conversazione</numerusform>
            <numerusform>Elimina %n conversazioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete conversations</source>
        <translation>Elimina conversazioni</translation>
    </message>
</context>
<context>
    <name>NewShop</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/capacity.py" line="+23"/>
        <source>A new shop&apos;s every order counts: with {orders} in the window, %n problem order(s) put the rate at or over 1% (you have {have}). A warning also needs 3 problem orders since your first sale (you have {all}) and 2 in the window. Etsy can suspend a new shop with many cases at once.</source>
        <extracomment>the dashboard&apos;s notes on a new shop and changed settings (pyside6-lupdate reads plurals from X.tr(text, &quot;&quot;, n))</extracomment>
        <translation>
            <numerusform>In un negozio nuovo ogni ordine conta: con {orders} nel periodo, basta %n ordine problematico per portare il tasso all&apos;1% o oltre (ne hai {have}). Un avviso richiede anche 3 ordini problematici dalla prima vendita (ne hai {all}) e 2 nel periodo. Etsy può sospendere subito un negozio nuovo con molti casi.</numerusform>
            <numerusform>In un negozio nuovo ogni ordine conta: con {orders} nel periodo, bastano %n ordini problematici per portare il tasso all&apos;1% o oltre (ne hai {have}). Un avviso richiede anche 3 ordini problematici dalla prima vendita (ne hai {all}) e 2 nel periodo. Etsy può sospendere subito un negozio nuovo con molti casi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ODR window</source>
        <translation>il periodo del TIO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures follow rule settings you changed: {names} (Settings).</source>
        <translation>Le cifre seguono regole che hai modificato: {names} (Impostazioni).</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/order_detail.py" line="+48"/>
        <source>Edit…</source>
        <extracomment>flag letter -&gt; (label, colour); the labels are translated as Values (sellerdesk/ui/vocabulary.py) an action button was pressed: its name (&quot;edit&quot;, &quot;ship&quot;, &quot;extend&quot;, &quot;custom&quot;, &quot;message&quot;, &quot;reply&quot;, &quot;review&quot;, &quot;case&quot;, &quot;labels&quot;, &quot;evidence&quot;, &quot;delete&quot;) two rows of buttons: the order itself, then what hangs off it</extracomment>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark shipped…</source>
        <translation>Segna come spedito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend ship-by…</source>
        <translation>Proroga spedizione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as custom…</source>
        <translation>Segna su misura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log message…</source>
        <translation>Registra messaggio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use saved reply…</source>
        <translation>Usa risposta salvata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add review…</source>
        <translation>Aggiungi recensione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case…</source>
        <translation>Apri caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels…</source>
        <translation>Etichette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for case…</source>
        <translation>Prove per il caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made to order: its own processing time, ship-by recomputed</source>
        <translation>Realizzato su ordinazione: tempo di lavorazione proprio, data di spedizione ricalcolata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a saved reply for this order, copy it and log it as your reply</source>
        <translation>Compila una risposta salvata per questo ordine, copiala e registrala come tua risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address label and packing slip for the selected order(s)</source>
        <translation>Etichetta con l&apos;indirizzo e distinta di imballaggio per gli ordini selezionati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF to attach to Etsy&apos;s case: the order&apos;s timeline, messages, reviews and seller protection</source>
        <translation>Un PDF da allegare al caso su Etsy: cronologia dell&apos;ordine, messaggi, recensioni e protezione del venditore</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;i&gt;Select an order to see its items, messages, reviews and cases.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleziona un ordine per vederne articoli, messaggi, recensioni e casi.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> → extended to {day}</source>
        <translation> → prorogata al {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation>Ordinato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier / tracking</source>
        <translation>Corriere / tracciamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated delivery</source>
        <translation>Consegna stimata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> [spam]</source>
        <translation> [spam]</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source> — excluded: {r}</source>
        <translation> — escluso: {r}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>closed {day}: {res}</source>
        <translation>chiuso il {day}: {res}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="-48"/>
        <source>Edit order {order}</source>
        <translation>Modifica ordine {order}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New order</source>
        <translation>Nuovo ordine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order id</source>
        <translation>N. ordine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing (min days)</source>
        <translation>Lavorazione (giorni min.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing (max days)</source>
        <translation>Lavorazione (giorni max.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship by (blank: from processing time)</source>
        <translation>Spedire entro (vuoto: dal tempo di lavorazione)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Tracciamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (made to order)</source>
        <translation>Su misura (realizzato su ordinazione)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital (nothing to ship)</source>
        <translation>Digitale (niente da spedire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OrderPicker</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_picker.py" line="+42"/>
        <source>Filter by order number or buyer</source>
        <translation>Filtra per numero d&apos;ordine o acquirente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no ship-by date</source>
        <translation>nessuna data di spedizione prevista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late, ship-by {d}</source>
        <translation>in ritardo, spedire entro il {d}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ship by {d}</source>
        <translation>spedire entro il {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · custom</source>
        <translation> · su misura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check all shown</source>
        <translation>Seleziona tutti i visibili</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uncheck all</source>
        <translation>Deseleziona tutti</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="-2"/>
        <location filename="../../sellerdesk/ui/pages/orders.py" line="+54"/>
        <location line="+94"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/orders.py" line="-83"/>
        <source>Search order id, buyer, tracking or item  (Ctrl+F)</source>
        <translation>Cerca n. ordine, acquirente, tracciamento o articolo  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All orders</source>
        <translation>Tutti gli ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Da spedire oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped, not delivered</source>
        <translation>Spediti, non consegnati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders</source>
        <translation>Ordini problematici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom orders</source>
        <translation>Ordini su misura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered during a vacation</source>
        <translation>Ordinati durante una vacanza</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New order…</source>
        <translation>Nuovo ordine…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source> (ext.)</source>
        <translation> (prorog.)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{n}+ orders (counting…)</source>
        <translation>{n}+ ordini (conteggio…)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordine</numerusform>
            <numerusform>%Ln ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Delete %n order(s) with their items, messages, reviews and cases?</source>
        <translation>
            <numerusform>Eliminare %n ordine con articoli, messaggi, recensioni e casi?</numerusform>
            <numerusform>Eliminare %n ordini con articoli, messaggi, recensioni e casi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Elimina %n ordine</numerusform>
            <numerusform>Elimina %n ordini</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete order {order} with its items, messages, reviews and cases?</source>
        <translation>Eliminare l&apos;ordine {order} con articoli, messaggi, recensioni e casi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete orders</source>
        <translation>Elimina ordini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can undo this.</source>
        <translation>Puoi annullare l&apos;operazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete order {order}</source>
        <translation>Elimina ordine {order}</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <location filename="../../sellerdesk/io/labels.py" line="+25"/>
        <source>Thank you for your order! I hope you love it. If anything isn&apos;t right, message me and I&apos;ll make it right.</source>
        <extracomment>the default note to the buyer, translated when the slip is written</extracomment>
        <translation>Grazie per il tuo ordine! Spero che ti piaccia. Se qualcosa non va, scrivimi e lo sistemerò.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No shipping address recorded</source>
        <translation>Nessun indirizzo di spedizione registrato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personalization:</source>
        <translation>Personalizzazione:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No items recorded for this order</source>
        <translation>Nessun articolo registrato per questo ordine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUSTOM ORDER</source>
        <translation>ORDINE SU MISURA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order &lt;b&gt;{order}&lt;/b&gt;</source>
        <translation>Ordine &lt;b&gt;{order}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered {day}</source>
        <translation>Ordinato il {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship by {day}</source>
        <translation>Spedire entro il {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated delivery {day}</source>
        <translation>Consegna stimata {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: {address}</source>
        <translation>Mittente: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order}</source>
        <translation>Ordine {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut along the dashed line</source>
        <translation>tagliare lungo la linea tratteggiata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shop} — Packing slip</source>
        <translation>{shop} — Distinta di imballaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to</source>
        <translation>Spedire a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation>Totale ordine</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Labels and packing slips — {shop}</source>
        <translation>Etichette e distinte di imballaggio — {shop}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="-60"/>
        <source>Edit shipping profile</source>
        <translation>Modifica profilo di spedizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New shipping profile</source>
        <translation>Nuovo profilo di spedizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>business days</source>
        <translation>giorni lavorativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing, shortest ({u})</source>
        <translation>Lavorazione, minimo ({u})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processing, longest ({u})</source>
        <translation>Lavorazione, massimo ({u})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ships from (country code)</source>
        <translation>Spedito da (codice paese)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin postal code</source>
        <translation>CAP di origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail class</source>
        <translation>Classe postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic</source>
        <translation>Nazionale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>International</source>
        <translation>Internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortest</source>
        <translation>minimo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longest</source>
        <translation>massimo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{k} transit, {w} ({u})</source>
        <translation>Trasporto {k}, {w} ({u})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blank: fallback 4 domestic / 10 international</source>
        <translation>vuoto: predefinito 4 nazionale / 10 internazionale</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../sellerdesk/ui/i18n.py" line="+52"/>
        <source>OK</source>
        <extracomment>(code, name shown in its own language); &quot;&quot; follows the system. English is the source language. The texts of Qt&apos;s standard dialog buttons, as Qt looks them up (context QPlatformTheme). Qt ships no Vietnamese catalogue, so SellerDesk&apos;s own files carry them (listed here so that lupdate keeps them).</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../sellerdesk/ui/read_only_banner.py" line="+15"/>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-only: {path} cannot be written (the file or its folder). Editing and importing are off.</source>
        <translation>Sola lettura: {path} non è scrivibile (il file o la sua cartella). Modifiche e importazioni sono disattivate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To make changes, make the file and its folder writable, or open a copy saved where you can write.</source>
        <translation>Per apportare modifiche, rendi scrivibili il file e la sua cartella, oppure apri una copia salvata dove puoi scrivere.</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="+111"/>
        <source>Add order {order}</source>
        <translation>Aggiungi ordine {order}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit order {order}</source>
        <translation>Modifica ordine {order}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order {order} shipped</source>
        <translation>Segna l&apos;ordine {order} come spedito</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Extend ship-by of order {order}</source>
        <translation>Proroga la spedizione dell&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark order {order} custom</source>
        <translation>Segna l&apos;ordine {order} su misura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order {order} not custom</source>
        <translation>Segna l&apos;ordine {order} non su misura</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="+122"/>
        <source>Log message in {thread}</source>
        <translation>Registra messaggio in {thread}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit message</source>
        <translation>Modifica messaggio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add review of order {order}</source>
        <translation>Aggiungi recensione dell&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit review of order {order}</source>
        <translation>Modifica recensione dell&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open case on order {order}</source>
        <translation>Apri caso sull&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit case on order {order}</source>
        <translation>Modifica caso sull&apos;ordine {order}</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/review_case_dialogs.py" line="-18"/>
        <source>review</source>
        <translation>recensione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Exclude {kind} of order {order} ({reason})</source>
        <translation>Escludi {kind} dell&apos;ordine {order} ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count {kind} of order {order} again</source>
        <translation>Conta di nuovo {kind} dell&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolve case on order {order}</source>
        <translation>Risolvi caso sull&apos;ordine {order}</translation>
    </message>
</context>
<context>
    <name>RecordTablePage</name>
    <message>
        <location filename="../../sellerdesk/ui/widgets/record_table.py" line="+288"/>
        <source>{n} shown</source>
        <extracomment>tables whose change means this page&apos;s rows may have changed</extracomment>
        <translation>{n} visualizzati</translation>
    </message>
</context>
<context>
    <name>ReplyPreview</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/use_reply.py" line="+60"/>
        <source>Fix the placeholder errors in the reply before using it.</source>
        <translation>Correggi gli errori nei segnaposto della risposta prima di usarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No value yet for {names}: it stays as written.</source>
        <translation>Ancora nessun valore per {names}: resta come scritto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an order to fill {names}.</source>
        <translation>Scegli un ordine per compilare {names}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../sellerdesk/io/report_html.py" line="+29"/>
        <source>review of 2 stars or fewer</source>
        <translation>recensione di 2 stelle o meno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: not received</source>
        <translation>caso: non ricevuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: not as described</source>
        <translation>caso: non conforme alla descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: damaged</source>
        <translation>caso: danneggiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: late</source>
        <translation>caso: in ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: other reason</source>
        <translation>caso: altro motivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{shop} — monthly report, {month}</source>
        <translation>{shop} — report mensile, {month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures as of {day}, the first day after the month: every window below ends with the month. `sellerdesk status --as-of {day}` gives the same figures.</source>
        <translation>Cifre al {day}, il primo giorno dopo il mese: ogni periodo qui sotto termina con il mese. `sellerdesk status --as-of {day}` dà le stesse cifre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month is not over: figures as of today, {day}.</source>
        <translation>Il mese non è finito: cifre a oggi, {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders placed in the month: &lt;b&gt;{orders}&lt;/b&gt; · sales: &lt;b&gt;{sales}&lt;/b&gt;</source>
        <translation>Ordini effettuati nel mese: &lt;b&gt;{orders}&lt;/b&gt; · vendite: &lt;b&gt;{sales}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(canceled orders left out; sales of the orders in the shop&apos;s currency)</source>
        <translation>(ordini annullati esclusi; vendite degli ordini nella valuta del negozio)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no orders</source>
        <translation>nessun ordine</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>ODR</source>
        <translation>TIO</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Problem orders in the window</source>
        <translation>Ordini problematici nel periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders in the window</source>
        <translation>Ordini nel periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem orders since the first sale</source>
        <translation>Ordini problematici dalla prima vendita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. ODR at or over 1%</source>
        <translation>1. TIO pari o superiore all&apos;1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. At least 3 problem orders since the first sale</source>
        <translation>2. Almeno 3 ordini problematici dalla prima vendita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. At least 2 problem orders in the window</source>
        <translation>3. Almeno 2 ordini problematici nel periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer-service warning</source>
        <translation>Avviso sul servizio clienti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders placed {span}. The limit: below 1%. Etsy sends a warning only when all three criteria hold.</source>
        <translation>Ordini effettuati {span}. Il limite: sotto l&apos;1%. Etsy invia un avviso solo quando valgono tutti e tre i criteri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No orders in the window: the rate is not defined.</source>
        <translation>Nessun ordine nel periodo: il tasso non è definito.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more order(s) without a problem would bring the ODR back below 1%.</source>
        <translation>
            <numerusform>%n altro ordine senza problemi riporterebbe il TIO sotto l&apos;1%.</numerusform>
            <numerusform>%n altri ordini senza problemi riporterebbero il TIO sotto l&apos;1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Headroom: %n more problem order(s) in the window keep the ODR below 1%.</source>
        <translation>
            <numerusform>Margine: con %n altro ordine problematico nel periodo il TIO resta sotto l&apos;1%.</numerusform>
            <numerusform>Margine: con %n altri ordini problematici nel periodo il TIO resta sotto l&apos;1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n recensione</numerusform>
            <numerusform>%n recensioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{orders}, {sales}, {days} since the first sale</source>
        <translation>{orders}, {sales}, {days} dalla prima vendita</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>No headroom: one more problem order in the window would put the ODR at or over 1%.</source>
        <translation>Nessun margine: un altro ordine problematico nel periodo porterebbe il TIO all&apos;1% o oltre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With exclusions</source>
        <translation>Con esclusioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strict (no exclusions)</source>
        <translation>Rigoroso (senza esclusioni)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Messages answered within 48 h</source>
        <translation>Messaggi con risposta entro 48 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>at least 80%</source>
        <translation>almeno 80%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders shipped on time</source>
        <translation>Ordini spediti in tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews of 3 stars or fewer</source>
        <translation>Recensioni di 3 stelle o meno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 40 reviews: at most 4; else under 10%</source>
        <translation>sotto le 40 recensioni: al massimo 4; altrimenti sotto il 10%</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Cases refunded by the seller</source>
        <translation>Casi rimborsati dal venditore</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>under 300 orders: at most 3; else under 1%</source>
        <translation>sotto i 300 ordini: al massimo 3; altrimenti sotto l&apos;1%</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Customer service standards, {span}</source>
        <translation>Standard del servizio clienti, {span}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{sales} of {needed}</source>
        <translation>{sales} su {needed}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages answered within 24 h</source>
        <translation>Messaggi con risposta entro 24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>at least 95%</source>
        <translation>almeno 95%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped on time with tracking</source>
        <translation>Spediti in tempo con tracciamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average rating</source>
        <translation>Valutazione media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least 4.8</source>
        <translation>almeno 4,8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minimums</source>
        <translation>Minimi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5 orders, 90 days</source>
        <translation>5 ordini, 90 giorni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Star Seller</source>
        <translation>Venditore Star</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not Star Seller</source>
        <translation>non Venditore Star</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star Seller, evaluated on {day} over {span}: {result}</source>
        <translation>Venditore Star, valutato il {day} su {span}: {result}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ODR over the last 12 months</source>
        <translation>TIO negli ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s ODR over its own evaluation window; a dot marks a day a warning would have been sent.</source>
        <translation>Il TIO di ogni giorno sul proprio periodo di valutazione; un punto segna un giorno in cui sarebbe arrivato un avviso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review {stars}★ on {day}</source>
        <translation>recensione {stars}★ del {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case ({reason}) opened {day}</source>
        <translation>caso ({reason}) aperto il {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excluded: {reason}</source>
        <translation>escluso: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could be excluded: {reason}</source>
        <translation>potrebbe essere escluso: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>excluded</source>
        <translation>escluso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counts</source>
        <translation>conta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders counted</source>
        <translation>Ordini contati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders excluded</source>
        <translation>Ordini esclusi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Ordered</source>
        <translation>Ordinato</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Enters</source>
        <translation>Entra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR then</source>
        <translation>TIO allora</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/io/report_pdf.py" line="+36"/>
        <source>ODR with exclusions</source>
        <translation>TIO con esclusioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict (no exclusions)</source>
        <translation>rigoroso (senza esclusioni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1% limit</source>
        <translation>limite 1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.75% approaching</source>
        <translation>0,75% in avvicinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning would be sent</source>
        <translation>verrebbe inviato un avviso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the figures…</source>
        <translation>Lettura delle cifre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the PDF…</source>
        <translation>Scrittura del PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written.</source>
        <translation>Report scritto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly report</source>
        <translation>Report mensile</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/report_dialog.py" line="+46"/>
        <location line="+69"/>
        <source>Monthly report</source>
        <translation>Report mensile</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report holds the month&apos;s ODR with the warning criteria, the service standards, Star Seller, the problem orders with their reasons and the 12-month trend. Its figures are those of the first day after the month, when every window ends with the month.</source>
        <translation>Il report contiene il TIO del mese con i criteri di avviso, gli standard del servizio, Venditore Star, gli ordini problematici con i loro motivi e l&apos;andamento di 12 mesi. Le cifre sono quelle del primo giorno dopo il mese, quando ogni periodo termina con il mese.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write report</source>
        <translation>Scrivi il report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month:</source>
        <translation>Mese:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF file:</source>
        <translation>File PDF:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the report as</source>
        <translation>Salva il report come</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the report a file name, e.g. {name}.</source>
        <translation>Dai un nome al file del report, ad es. {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>La cartella {folder} non esiste; scegli un altro posto.</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <location line="+31"/>
        <source>Report for {month} written to {file} (figures as of {day}).</source>
        <translation>Report di {month} scritto in {file} (cifre al {day}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the monthly report…</source>
        <translation>Scrittura del report mensile…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly report</source>
        <translation>Report mensile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Monthly report cancelled.</source>
        <translation>Report mensile annullato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be written ({error}); choose another file.</source>
        <translation>Impossibile scrivere {file} ({error}); scegli un altro file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly report failed</source>
        <translation>Report mensile non riuscito</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/review_case_dialogs.py" line="-70"/>
        <source>Resolve case</source>
        <translation>Risolvi caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case on order {order}, opened {day} ({reason}).</source>
        <translation>Caso sull&apos;ordine {order}, aperto il {day} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolution</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed on</source>
        <translation>Chiuso il</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/backups.py" line="+40"/>
        <source>Daily</source>
        <translation>Giornaliero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up by you</source>
        <translation>Fatto da te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Prima di un&apos;importazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen file</source>
        <translation>File scelto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before an upgrade</source>
        <translation>Prima di un aggiornamento</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+99"/>
        <location line="+65"/>
        <location line="+7"/>
        <location line="+100"/>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Backups of {shop} in {folder}, newest first. Restoring replaces the shop with the backup; the shop as it is now is backed up first.</source>
        <translation>Backup di {shop} in {folder}, dal più recente. Il ripristino sostituisce il negozio con il backup; prima viene fatto un backup del negozio com&apos;è adesso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ODR that day</source>
        <translation>TIO quel giorno</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backups yet. File &gt; Back up now… makes one.</source>
        <translation>Ancora nessun backup. File &gt; Backup adesso… ne crea uno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other &amp;file…</source>
        <translation>Altro &amp;file…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kept when backups rotate</source>
        <translation>Conservati a ogni rotazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest</source>
        <translation>Più recenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Settimane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The newest backups of all, then the newest backup of each of the last days, weeks and months that have one; older backups are deleted when the next one is made.</source>
        <translation>I backup più recenti in assoluto, poi il più recente di ciascuno degli ultimi giorni, settimane e mesi che ne hanno uno; i backup più vecchi vengono eliminati quando si crea il successivo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot be read: {error}</source>
        <translation>illeggibile: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged: {error}</source>
        <translation>danneggiato: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older SellerDesk version (upgraded when restored)</source>
        <translation>versione precedente di SellerDesk (aggiornato al ripristino)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders in the window</source>
        <translation>nessun ordine nel periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} ({k} of {n})</source>
        <translation>{rate} ({k} su {n})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore a backup file</source>
        <translation>Ripristina un file di backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SellerDesk shop (*.sellerdesk *.db);;All files (*)</source>
        <translation>Negozio SellerDesk (*.sellerdesk *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is running; restore when it has finished.</source>
        <translation>È in corso un backup; ripristina quando è terminato.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordine</numerusform>
            <numerusform>%Ln ordini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the shop with the backup of {date} {orders}? What the shop holds now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Sostituire il negozio con il backup del {date} {orders}? Prima viene fatto un backup del contenuto attuale, così puoi tornare indietro ripristinando quel backup.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>This shop is not kept in a file.</source>
        <translation>Questo negozio non è salvato in un file.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location line="-68"/>
        <source>Copying and checking the backup…</source>
        <translation>Copia e verifica del backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restore a backup</source>
        <extracomment>the restore ended: the backup of the replaced file (a Path, or None when there was no file), or False</extracomment>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+32"/>
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restored the backup of {date}.</source>
        <translation>Ripristinato il backup del {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop as it was is kept in {path}.</source>
        <translation>Il negozio com&apos;era è conservato in {path}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore cancelled; the shop was not changed.</source>
        <translation>Ripristino annullato; il negozio non è stato modificato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup refused</source>
        <translation>Backup rifiutato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restore stopped ({error}); the shop was not changed.</source>
        <translation>Il ripristino si è interrotto ({error}); il negozio non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="-187"/>
        <source>Edit review</source>
        <translation>Modifica recensione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add review</source>
        <translation>Aggiungi recensione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Data recensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars (1-5)</source>
        <translation>Stelle (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded (seller protection)</source>
        <translation>Escluso (protezione del venditore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not excluded</source>
        <translation>non escluso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order {order} already has a review on {day}</source>
        <translation>l&apos;ordine {order} ha già una recensione del {day}</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+4"/>
        <location filename="../../sellerdesk/ui/pages/reviews.py" line="+36"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/reviews.py" line="+1"/>
        <source>Search order id, buyer or review text  (Ctrl+F)</source>
        <translation>Cerca n. ordine, acquirente o testo della recensione  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All reviews</source>
        <translation>Tutte le recensioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: 2 stars or fewer</source>
        <translation>Basse: 2 stelle o meno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 stars or fewer</source>
        <translation>3 stelle o meno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting in the ODR (low, not excluded)</source>
        <translation>Contano nel TIO (basse, non escluse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded (seller protection)</source>
        <translation>Escluso (protezione del venditore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded: {reason}</source>
        <translation>Escluso: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add review…</source>
        <translation>Aggiungi recensione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude / count again…</source>
        <translation>Escludi / conta di nuovo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a review to see it here. Ctrl+N adds one.</source>
        <translation>Seleziona una recensione per vederla qui. Ctrl+N ne aggiunge una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded ({reason}): does not make the order a problem order.</source>
        <translation>Escluso ({reason}): l&apos;ordine non diventa problematico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2 stars or fewer: order {order} is a problem order in the ODR.</source>
        <translation>2 stelle o meno: l&apos;ordine {order} è un ordine problematico nel TIO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not affect the ODR.</source>
        <translation>Non influisce sul TIO.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete reviews</source>
        <translation>Elimina recensioni</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n review(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Eliminare %n recensione? Puoi annullare con Ctrl+Z.</numerusform>
            <numerusform>Eliminare %n recensioni? Puoi annullare con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n review(s)</source>
        <translation>
            <numerusform>Elimina %n recensione</numerusform>
            <numerusform>Elimina %n recensioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleChoices</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_rules.py" line="+23"/>
        <source>Auto-replies count as answers for the 48-hour standard</source>
        <translation>Le risposte automatiche contano come risposte per lo standard delle 48 ore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy counts them for Star Seller and says nothing else about the 48-hour standard.</source>
        <translation>Etsy le conta per Venditore Star e non dice altro sullo standard delle 48 ore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave out unanswered messages still inside their 48 hours</source>
        <translation>Escludi i messaggi senza risposta ancora entro le 48 ore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They can still be answered in time; counting them early would lower the rate for a day or two.</source>
        <translation>Si può ancora rispondere in tempo; contarli prima abbasserebbe il tasso per un giorno o due.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded reviews stay in the reviews figure&apos;s total</source>
        <translation>Le recensioni escluse restano nel totale delle recensioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller protection takes a review out of the low ones; Etsy does not say it removes the review.</source>
        <translation>La protezione del venditore toglie una recensione da quelle basse; Etsy non dice che elimina la recensione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded reviews count in the Star Seller average rating</source>
        <translation>Le recensioni escluse contano nella valutazione media di Venditore Star</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off by default: a review Etsy excused should not pull the average down.</source>
        <translation>Disattivato per impostazione predefinita: una recensione scusata da Etsy non dovrebbe abbassare la media.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place a seller-refunded case by its closed date (not its opened date)</source>
        <translation>Colloca un caso rimborsato dal venditore alla data di chiusura (non di apertura)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund comes out of the seller&apos;s money when the case closes.</source>
        <translation>Il rimborso esce dai soldi del venditore quando il caso si chiude.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A past day&apos;s figures count replies recorded after that day</source>
        <translation>Le cifre di un giorno passato contano le risposte registrate dopo quel giorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy&apos;s own figures are recomputed as records arrive; off shows what was known on the day.</source>
        <translation>Le cifre di Etsy vengono ricalcolate man mano che arrivano i dati; disattivato mostra ciò che si sapeva quel giorno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A thread is spam when its first message is marked spam</source>
        <translation>Una conversazione è spam quando il suo primo messaggio è segnato come spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy judges a thread by its first message; off: any message marked spam takes the thread out.</source>
        <translation>Etsy giudica una conversazione dal primo messaggio; disattivato: qualsiasi messaggio segnato come spam la esclude.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order dissatisfaction rate</source>
        <translation>Tasso di insoddisfazione degli ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message response (48 hours)</source>
        <translation>Risposta ai messaggi (48 ore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of 3 stars or fewer</source>
        <translation>Recensioni di 3 stelle o meno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case rate</source>
        <translation>Tasso di casi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star Seller, last evaluation: messages within 24 hours</source>
        <translation>Venditore Star, ultima valutazione: messaggi entro 24 ore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, last evaluation: average rating</source>
        <translation>Venditore Star, ultima valutazione: valutazione media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, last evaluation: case rate</source>
        <translation>Venditore Star, ultima valutazione: tasso di casi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, this period: messages within 24 hours</source>
        <translation>Venditore Star, periodo in corso: messaggi entro 24 ore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, this period: average rating</source>
        <translation>Venditore Star, periodo in corso: valutazione media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, this period: case rate</source>
        <translation>Venditore Star, periodo in corso: tasso di casi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no reviews</source>
        <translation>nessuna recensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{average} from {n} reviews</source>
        <translation>{average} da {n} recensioni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of {total} ({rate})</source>
        <translation>{count} su {total} ({rate})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules Etsy never published</source>
        <translation>Regole che Etsy non ha mai pubblicato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where Etsy published no rule, SellerDesk makes a choice. Each is a setting: change one, see which figures it moves, then save.</source>
        <translation>Dove Etsy non ha pubblicato una regola, SellerDesk fa una scelta. Ognuna è un&apos;impostazione: cambiane una, guarda quali cifre sposta, poi salva.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>on</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>disattivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} Default: {default}.</source>
        <translation>{reason} Predefinito: {default}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What would change?</source>
        <translation>Cosa cambierebbe?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These are the settings in force: no figure changes.</source>
        <translation>Queste sono le impostazioni in vigore: nessuna cifra cambia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figure changes with today&apos;s records (the settings still apply from now on).</source>
        <translation>Nessuna cifra cambia con i dati di oggi (le impostazioni valgono comunque da adesso).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{figure}: {before} → {after}</source>
        <translation>{figure}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving these settings would change:</source>
        <translation>Salvare queste impostazioni cambierebbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would change</source>
        <translation>Cosa cambierebbe</translation>
    </message>
</context>
<context>
    <name>SavedRepliesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+6"/>
        <location filename="../../sellerdesk/ui/pages/saved_replies.py" line="+48"/>
        <source>Saved replies</source>
        <translation>Risposte salvate</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/saved_replies.py" line="+12"/>
        <source>Search titles, text and tags</source>
        <translation>Cerca titoli, testo e tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reply</source>
        <translation>Nuova risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma-separated, e.g. shipping, delay</source>
        <translation>separati da virgole, es. spedizione, ritardo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert placeholder</source>
        <translation>Inserisci segnaposto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview and copy</source>
        <translation>Anteprima e copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill for order</source>
        <translation>Compila per l&apos;ordine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log it as my reply to this order now</source>
        <translation>Registrala ora come mia risposta a questo ordine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds your reply to the order&apos;s conversation at this moment, so it counts for your response times.</source>
        <translation>Aggiunge la tua risposta alla conversazione dell&apos;ordine in questo momento, così conta per i tuoi tempi di risposta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>used {n}×, last {when}</source>
        <translation>usata {n}×, ultima {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not used yet</source>
        <translation>non ancora usata</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Used {n}×, last {when}</source>
        <translation>Usata {n}×, ultima {when}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no order — placeholders stay as written)</source>
        <translation>(nessun ordine — i segnaposto restano come scritti)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>… and {n} more</source>
        <translation>… e altri {n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Title needed</source>
        <translation>Serve un titolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the reply a title so you can find it.</source>
        <translation>Dai un titolo alla risposta per poterla ritrovare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text needed</source>
        <translation>Serve un testo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reply has no text yet.</source>
        <translation>La risposta non ha ancora un testo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placeholder errors</source>
        <translation>Errori nei segnaposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply was not saved. Fix these first:
{errors}</source>
        <translation>La risposta non è stata salvata. Correggi prima questi errori:
{errors}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New saved reply “{t}”</source>
        <translation>Nuova risposta salvata “{t}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit saved reply “{t}”</source>
        <translation>Modifica risposta salvata “{t}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete saved reply</source>
        <translation>Elimina risposta salvata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{t}”? You can undo this with Ctrl+Z.</source>
        <translation>Eliminare “{t}”? Puoi annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete saved reply “{t}”</source>
        <translation>Elimina risposta salvata “{t}”</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+9"/>
        <location filename="../../sellerdesk/ui/pages/settings.py" line="+44"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings.py" line="+11"/>
        <source>Shop</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shop name</source>
        <translation>Nome del negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order dissatisfaction rate window</source>
        <translation>Periodo del tasso di insoddisfazione degli ordini</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Etsy never published the window&apos;s offset. Default: {w} days ending {l} days ago (orders placed 90 to 30 days ago). A lag of 0 gives “the last {w} days”.</source>
        <translation>Etsy non ha mai pubblicato lo scarto del periodo. Predefinito: {w} giorni che terminano {l} giorni fa (ordini effettuati da 90 a 30 giorni fa). Uno scarto di 0 dà “gli ultimi {w} giorni”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window length</source>
        <translation>Durata del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag before the as-of day</source>
        <translation>Scarto rispetto al giorno di riferimento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a system tray notification of what needs doing today</source>
        <translation>Mostra una notifica nell&apos;area di notifica con le cose da fare oggi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save shop settings</source>
        <translation>Salva impostazioni del negozio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(applies the next time SellerDesk starts)</source>
        <translation>(si applica al prossimo avvio di SellerDesk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Shop name: a name is required.</source>
        <translation>Nome del negozio: il nome è obbligatorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency: &apos;{c}&apos; is not a three-letter code such as USD or EUR.</source>
        <translation>Valuta: &apos;{c}&apos; non è un codice di tre lettere come USD o EUR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone: &apos;{tz}&apos; is not a time zone; pick one from the list, e.g. America/New_York or Europe/Rome.</source>
        <translation>Fuso orario: &apos;{tz}&apos; non è un fuso orario; scegline uno dall&apos;elenco, es. America/New_York o Europe/Rome.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shop settings</source>
        <translation>Impostazioni del negozio</translation>
    </message>
</context>
<context>
    <name>ShippingProfilesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="-3"/>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+23"/>
        <source>Shipping profiles</source>
        <translation>Profili di spedizione</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+4"/>
        <source>Each order&apos;s ship-by date is its order date plus the profile&apos;s longest processing time in business days (weekends and your holidays never count); its estimated delivery adds the transit time. Custom orders keep their own processing time.</source>
        <translation>La data di spedizione prevista di ogni ordine è la data dell&apos;ordine più il tempo di lavorazione più lungo del profilo in giorni lavorativi (fine settimana e festività non contano mai); la consegna stimata aggiunge il tempo di trasporto. Gli ordini su misura mantengono il proprio tempo di lavorazione.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New profile</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for new orders</source>
        <translation>Usa per i nuovi ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to orders…</source>
        <translation>Assegna agli ordini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels and packing slips…</source>
        <translation>Etichette e distinte di imballaggio…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Listings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inserzioni&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New shipping profile “{n}”</source>
        <translation>Nuovo profilo di spedizione “{n}”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit shipping profile “{n}”</source>
        <translation>Modifica profilo di spedizione “{n}”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and recompute %n open order(s)</source>
        <translation>
            <numerusform> e ricalcola %n ordine aperto</numerusform>
            <numerusform> e ricalcola %n ordini aperti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The new times of “{name}” change the ship-by date of %n open order(s) and the estimated delivery of {total}. Recompute them now? (One undo step.)</source>
        <translation>
            <numerusform>I nuovi tempi di “{name}” cambiano la data di spedizione di %n ordine aperto e la consegna stimata di {total}. Ricalcolarli adesso? (Un solo passo da annullare.)</numerusform>
            <numerusform>I nuovi tempi di “{name}” cambiano la data di spedizione di %n ordini aperti e la consegna stimata di {total}. Ricalcolarli adesso? (Un solo passo da annullare.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Recompute %n</source>
        <translation>
            <numerusform>Ricalcola %n</numerusform>
            <numerusform>Ricalcola %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Delete “{name}”? %n order(s) use it and will have no profile (their dates stay). You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Eliminare “{name}”? %n ordine lo usa e resterà senza profilo (le sue date restano). Puoi annullare con Ctrl+Z.</numerusform>
            <numerusform>Eliminare “{name}”? %n ordini lo usano e resteranno senza profilo (le loro date restano). Puoi annullare con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Assign “{name}” to %n order(s)</source>
        <translation>
            <numerusform>Assegna “{name}” a %n ordine</numerusform>
            <numerusform>Assegna “{name}” a %n ordini</numerusform>
        </translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Recompute open orders?</source>
        <translation>Ricalcolare gli ordini aperti?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep their dates</source>
        <translation>Mantieni le date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete shipping profile</source>
        <translation>Elimina profilo di spedizione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete shipping profile “{n}”</source>
        <translation>Elimina profilo di spedizione “{n}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default shipping profile for new orders</source>
        <translation>Profilo di spedizione predefinito per i nuovi ordini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assign “{n}” to orders</source>
        <translation>Assegna “{n}” agli ordini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the open orders to ship with “{n}”. Non-custom orders take its processing time, and their ship-by date and estimated delivery are recomputed.</source>
        <translation>Seleziona gli ordini aperti da spedire con “{n}”. Gli ordini non su misura prendono il suo tempo di lavorazione, e la data di spedizione prevista e la consegna stimata vengono ricalcolate.</translation>
    </message>
</context>
<context>
    <name>ShopGuard</name>
    <message>
        <location filename="../../sellerdesk/ui/shop_guard.py" line="+51"/>
        <source>Not changed</source>
        <translation>Non modificato</translation>
    </message>
</context>
<context>
    <name>ShopProblem</name>
    <message>
        <location filename="../../sellerdesk/ui/shop_problem.py" line="+43"/>
        <source>Cannot open the shop</source>
        <translation>Impossibile aprire il negozio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another shop…</source>
        <translation>Apri un altro negozio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Ripristina un backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New shop…</source>
        <translation>Nuovo negozio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is busy: another program is using it.</source>
        <translation>{name} è occupato: lo sta usando un altro programma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} cannot be opened: it is damaged or not a shop file.</source>
        <translation>Impossibile aprire {name}: è danneggiato o non è un file di negozio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be opened.</source>
        <translation>Impossibile aprire {name}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open shop file</source>
        <translation>Apri file del negozio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New shop file</source>
        <translation>Nuovo file del negozio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} esiste già; scegli un nuovo nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>Il file esiste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore here</source>
        <translation>Impossibile ripristinare qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder: open or create a shop file, then restore into it.</source>
        <translation>{path} è una cartella: apri o crea un file di negozio, poi ripristina in quello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot restore this backup</source>
        <translation>Impossibile ripristinare questo backup</translation>
    </message>
</context>
<context>
    <name>ShopSession</name>
    <message>
        <location filename="../../sellerdesk/ui/session.py" line="+184"/>
        <source>{path} is open read-only (the file or its folder cannot be written), so edits are off and nothing was changed. Make it writable, or save a copy where you can write, and open that.</source>
        <extracomment>How long an edit waits for another program&apos;s write (an import) before the window says the shop is busy. tables that changed (after any committed write: an edit, an undo, an import) the as-of day moved (midnight, or the user picked another day) an edit, undo or redo was not made: the message says why and what to do a note for the status bar while edits wait for another program (&quot;&quot; when they are done) (day, capacity section) kept across edits that cannot change it (CAPACITY_BLIND)</extracomment>
        <translation>{path} è aperto in sola lettura (il file o la sua cartella non sono scrivibili), quindi le modifiche sono disattivate e non è cambiato nulla. Rendilo scrivibile, oppure salva una copia dove puoi scrivere e apri quella.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The shop is busy: another program (an import?) is writing. Your edit waits its turn…</source>
        <translation>Il negozio è occupato: un altro programma (un&apos;importazione?) sta scrivendo. La tua modifica attende il suo turno…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>{path} stayed busy for {s} seconds: another program is writing to it. %n edit(s) were not made. Wait for it to finish and try again.</source>
        <translation>
            <numerusform>{path} è rimasto occupato per {s} secondi: un altro programma ci sta scrivendo. %n modifica non è stata fatta. Attendi che finisca e riprova.</numerusform>
            <numerusform>{path} è rimasto occupato per {s} secondi: un altro programma ci sta scrivendo. %n modifiche non sono state fatte. Attendi che finisca e riprova.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../sellerdesk/ui/sidebar.py" line="+166"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a page; Ctrl+1 to Ctrl+8 open them from anywhere.</source>
        <translation>Scegli una pagina; da Ctrl+1 a Ctrl+8 le aprono da qualsiasi punto.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n order(s) to ship today</source>
        <translation>
            <numerusform>%n ordine da spedire oggi</numerusform>
            <numerusform>%n ordini da spedire oggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n of them late</source>
        <translation>
            <numerusform>, %n in ritardo</numerusform>
            <numerusform>, %n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) waiting for a reply</source>
        <translation>
            <numerusform>%n messaggio in attesa di risposta</numerusform>
            <numerusform>%n messaggi in attesa di risposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n caso aperto</numerusform>
            <numerusform>%n casi aperti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../sellerdesk/ui/today.py" line="+254"/>
        <source>Today in your shop</source>
        <translation>Oggi nel tuo negozio</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>SellerDesk: %n thing(s) to do today</source>
        <translation>
            <numerusform>SellerDesk: %n cosa da fare oggi</numerusform>
            <numerusform>SellerDesk: %n cose da fare oggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n thing(s) to do, {late} urgent. Open SellerDesk&apos;s Today panel.</source>
        <translation>
            <numerusform>%n cosa da fare, {late} urgenti. Apri il pannello Oggi di SellerDesk.</numerusform>
            <numerusform>%n cose da fare, {late} urgenti. Apri il pannello Oggi di SellerDesk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Labels and packing slips…</source>
        <translation>E&amp;tichette e distinte di imballaggio…</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location line="-218"/>
        <source>Click an item to open its record.</source>
        <translation>Fai clic su una voce per aprirne il record.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels for today&apos;s orders…</source>
        <translation>Etichette per gli ordini di oggi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Longer processing…</source>
        <translation>Lavorazione più lunga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacation mode…</source>
        <translation>Modalità vacanza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message buyers…</source>
        <translation>Scrivi agli acquirenti…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders are coming in faster than the shop ships: give new orders a longer processing time, pause the shop, or tell the buyers.</source>
        <translation>Gli ordini arrivano più in fretta di quanto il negozio spedisca: dai ai nuovi ordini un tempo di lavorazione più lungo, metti in pausa il negozio o avvisa gli acquirenti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue: ship now</source>
        <translation>In ritardo: spedisci ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship today</source>
        <translation>Da spedire oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At this pace, will miss the ship-by date</source>
        <translation>A questo ritmo mancheranno la data di spedizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages waiting for a reply</source>
        <translation>Messaggi in attesa di risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date passed, not delivered</source>
        <translation>Data di consegna passata, non consegnato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Casi aperti</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing needs doing today. 🎉</source>
        <translation>Niente da fare oggi. 🎉</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) to do today ({day}).</source>
        <translation>
            <numerusform>%n cosa da fare oggi ({day}).</numerusform>
            <numerusform>%n cose da fare oggi ({day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>{name} · ship-by {due}, %n day(s) late</source>
        <translation>
            <numerusform>{name} · da spedire entro il {due}, %n giorno di ritardo</numerusform>
            <numerusform>{name} · da spedire entro il {due}, %n giorni di ritardo</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Case on order {order}</source>
        <translation>Caso sull&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>What can I do about late orders?</source>
        <translation>Cosa posso fare per gli ordini in ritardo?</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{reason}, opened {day}</source>
        <translation>{reason}, aperto il {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Order {order}</source>
        <translation>Ordine {order}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Conversation {thread}</source>
        <translation>Conversazione {thread}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>24 h deadline in {time}</source>
        <translation>scadenza 24 h tra {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 h missed; 48 h in {time}</source>
        <translation>24 h superate; 48 h tra {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting {time}: 48 h passed</source>
        <translation>in attesa da {time}: 48 h superate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at this pace ships {day}</source>
        <translation>a questo ritmo parte il {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing shipped lately to get to it</source>
        <translation>nessuna spedizione di recente per arrivarci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · ship-by {due}, {when}</source>
        <translation>{name} · da spedire entro il {due}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} · EDD {edd} passed, still {status}</source>
        <translation>{name} · consegna prevista {edd} superata, ancora {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · custom</source>
        <translation> · su misura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · ordered during vacation</source>
        <translation> · ordinato durante le ferie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order} (late)</source>
        <translation>Ordine {order} (in ritardo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../../sellerdesk/ui/upgrade.py" line="+46"/>
        <source>Upgrading {name} for this version of SellerDesk; a copy of it is kept first…</source>
        <translation>Aggiornamento di {name} per questa versione di SellerDesk; prima ne viene conservata una copia…</translation>
    </message>
</context>
<context>
    <name>UseReply</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/use_reply.py" line="+26"/>
        <source>Reply has errors</source>
        <translation>La risposta contiene errori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reply has placeholder errors:
{errors}
Fix them on the Saved replies page first.</source>
        <translation>Questa risposta ha errori nei segnaposto:
{errors}
Correggili prima nella pagina Risposte salvate.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some values are missing</source>
        <translation>Mancano alcuni valori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order has no value for {names}; the text keeps them as written. Copy anyway?</source>
        <translation>Questo ordine non ha un valore per {names}; il testo li lascia come scritti. Copiare comunque?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply to order {order}</source>
        <translation>Risposta all&apos;ordine {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved reply</source>
        <translation>Copia risposta salvata</translation>
    </message>
</context>
<context>
    <name>UseReplyDialog</name>
    <message>
        <location line="+22"/>
        <source>Use a saved reply — order {order}</source>
        <translation>Usa una risposta salvata — ordine {order}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search titles, text and tags</source>
        <translation>Cerca titoli, testo e tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log it as my reply to this conversation now (counts for response times)</source>
        <translation>Registrala ora come mia risposta a questa conversazione (conta per i tempi di risposta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
</context>
<context>
    <name>VacationBanner</name>
    <message>
        <location filename="../../sellerdesk/ui/vacation_banner.py" line="+19"/>
        <source>Vacation</source>
        <translation>Vacanza</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>back {day}</source>
        <translation>rientro il {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto-reply “{t}”</source>
        <translation>risposta automatica “{t}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no auto-reply chosen (Settings)</source>
        <translation>nessuna risposta automatica scelta (Impostazioni)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>🌴 On vacation {range} ({back}); {auto}. Orders placed now are flagged.</source>
        <translation>🌴 In vacanza {range} ({back}); {auto}. Gli ordini effettuati ora vengono contrassegnati.</translation>
    </message>
</context>
<context>
    <name>VacationSection</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+47"/>
        <source>Vacation mode</source>
        <translation>Modalità vacanza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While the shop is on vacation a banner shows, orders placed then are flagged, and buyer messages answered by your auto-reply count as replied (Star Seller counts auto-replies).</source>
        <translation>Mentre il negozio è in vacanza appare un banner, gli ordini effettuati vengono contrassegnati e i messaggi degli acquirenti a cui ha risposto la tua risposta automatica contano come risposti (Venditore Star conta le risposte automatiche).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-reply</source>
        <translation>Risposta automatica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders placed</source>
        <translation>Ordini effettuati</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add vacation</source>
        <translation>Aggiungi vacanza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-reply</source>
        <translation>risposta automatica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete selected</source>
        <translation>Elimina selezionate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the auto-replies Etsy sent…</source>
        <translation>Registra le risposte automatiche inviate da Etsy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the auto-reply to every first buyer message received during the selected vacation that has no reply yet, so it counts as replied.</source>
        <translation>Aggiunge la risposta automatica a ogni primo messaggio dell&apos;acquirente ricevuto durante la vacanza selezionata che non ha ancora risposta, così conta come risposto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check the dates</source>
        <translation>Controlla le date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vacation ends ({end}) before it starts ({start}).</source>
        <translation>La vacanza finisce ({end}) prima di iniziare ({start}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overlapping vacation</source>
        <translation>Vacanza sovrapposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It overlaps the vacation {range}; delete or change that one first.</source>
        <translation>Si sovrappone alla vacanza {range}; elimina o modifica prima quella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacation {range}</source>
        <translation>Vacanza {range}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete vacation</source>
        <translation>Elimina vacanza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a vacation</source>
        <translation>Scegli una vacanza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a vacation in the list first.</source>
        <translation>Seleziona prima una vacanza nell&apos;elenco.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to log</source>
        <translation>Niente da registrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every first message received during this vacation already has a reply.</source>
        <translation>Ogni primo messaggio ricevuto durante questa vacanza ha già una risposta.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Log %n vacation auto-reply(s)</source>
        <translation>
            <numerusform>Registra %n risposta automatica per le ferie</numerusform>
            <numerusform>Registra %n risposte automatiche per le ferie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../sellerdesk/io/words.py" line="+29"/>
        <source>open</source>
        <extracomment>stored codes (order status, case reason and resolution, exclusion reason, sender, order flag) -&gt; words</extracomment>
        <translation>aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>spedito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not received</source>
        <translation>non ricevuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not as described</source>
        <translation>non conforme alla descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>danneggiato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+6"/>
        <source>late</source>
        <extracomment>order flag words (orders table and order detail)</extracomment>
        <translation>in ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded by seller</source>
        <translation>rimborsato dal venditore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded by Etsy</source>
        <translation>rimborsato da Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed for seller</source>
        <translation>chiuso a favore del venditore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by buyer</source>
        <translation>chiuso dall&apos;acquirente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrier delay</source>
        <translation>ritardo del corriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost in transit, shipped on time</source>
        <translation>perso durante il trasporto, spedito in tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural disaster</source>
        <translation>calamità naturale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abusive review</source>
        <translation>recensione offensiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accidental case</source>
        <translation>caso aperto per errore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer</source>
        <translation>acquirente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seller</source>
        <translation>venditore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto</source>
        <translation>automatico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>etsy</source>
        <translation>Etsy</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+1"/>
        <source>due today</source>
        <translation>da spedire oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>su misura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem order</source>
        <translation>ordine problematico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vacation</source>
        <translation>vacanza</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../sellerdesk/ui/welcome.py" line="+94"/>
        <source>Standard shipping</source>
        <extracomment>Currencies Etsy lets a shop sell in (the first ones are the most common).</extracomment>
        <translation>Spedizione standard</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="+28"/>
        <source>Welcome to SellerDesk</source>
        <translation>Benvenuto in SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First start: choose how to begin.</source>
        <translation>Primo avvio: scegli come iniziare.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;Welcome to SellerDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benvenuto in SellerDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SellerDesk keeps your orders, messages, reviews and cases in a file on this computer and shows how your shop stands against Etsy&apos;s standards. How would you like to begin?</source>
        <translation>SellerDesk conserva ordini, messaggi, recensioni e casi in un file su questo computer e mostra come si colloca il tuo negozio rispetto agli standard di Etsy. Come vuoi iniziare?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import my Etsy downloads</source>
        <translation>Importa i miei download di Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orders, order items and reviews files you downloaded from Etsy, or a folder of them.</source>
        <translation>I file di ordini, articoli degli ordini e recensioni scaricati da Etsy, o una cartella che li contiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo shop</source>
        <translation>Prova il negozio dimostrativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up shop with a year of orders, in its own file: your shop stays untouched.</source>
        <translation>Un negozio inventato con un anno di ordini, in un file a parte: il tuo negozio resta intatto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an empty shop</source>
        <translation>Inizia con un negozio vuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your shop&apos;s name, currency, time zone and usual processing time; add orders as they come.</source>
        <translation>Indica nome, valuta, fuso orario e tempo di lavorazione abituale del negozio; aggiungi gli ordini man mano che arrivano.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your shop will be saved in {path}</source>
        <translation>Il tuo negozio sarà salvato in {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;Import my Etsy downloads&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Importa i miei download di Etsy&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Etsy: Shop Manager &gt; Settings &gt; Options &gt; Download Data. Download the Orders and Order Items files of each year (EtsySoldOrders2024.csv, EtsySoldOrderItems2024.csv…) and your reviews (a .json file). Choose the files, or the folder that holds them: you will see what they hold before anything is saved.</source>
        <translation>Su Etsy: Shop Manager &gt; Impostazioni &gt; Opzioni &gt; Scarica dati. Scarica i file Ordini e Articoli degli ordini di ogni anno (EtsySoldOrders2024.csv, EtsySoldOrderItems2024.csv…) e le tue recensioni (un file .json). Scegli i file, o la cartella che li contiene: vedrai cosa contengono prima che venga salvato qualcosa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose files…</source>
        <translation>Scegli i file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder…</source>
        <translation>Scegli una cartella…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;Start an empty shop&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Inizia con un negozio vuoto&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <source>My shop</source>
        <translation>Il mio negozio</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Processing time, from</source>
        <translation>Tempo di lavorazione, da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing time, to</source>
        <translation>Tempo di lavorazione, a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>business days</source>
        <translation>giorni lavorativi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nome del negozio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;processing time:</source>
        <translation>Tempo di &amp;lavorazione abituale:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The processing time becomes your default shipping profile: new orders get their ship-by date from it. You can change it, and add profiles, on the Shipping profiles page.</source>
        <translation>Il tempo di lavorazione diventa il tuo profilo di spedizione predefinito: i nuovi ordini ne ricavano la data di spedizione. Puoi cambiarlo e aggiungere profili nella pagina Profili di spedizione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create shop</source>
        <translation>Crea negozio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose your Etsy downloads</source>
        <translation>Scegli i tuoi download di Etsy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy downloads (*.csv *.json *.txt *.tsv);;All files (*)</source>
        <translation>Download di Etsy (*.csv *.json *.txt *.tsv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the folder of your Etsy downloads</source>
        <translation>Scegli la cartella dei tuoi download di Etsy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The currency must be a three-letter code such as USD or EUR.</source>
        <translation>La valuta deve essere un codice di tre lettere come USD o EUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>Fuso orario sconosciuto “{zone}”: scegline uno dall&apos;elenco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The processing time ends before it starts: the second number must be the larger.</source>
        <translation>Il tempo di lavorazione finisce prima di iniziare: il secondo numero deve essere il maggiore.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the demo shop…</source>
        <translation>Creazione del negozio dimostrativo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not make the demo shop: {error}</source>
        <translation>Impossibile creare il negozio dimostrativo: {error}</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/panels.py" line="+14"/>
        <source>What if… (nothing is saved)</source>
        <translation>E se… (nulla viene salvato)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hypothetical low reviews or cases on orders in the window (negative: fewer problem orders)</source>
        <translation>Recensioni basse o casi ipotetici su ordini nel periodo (negativo: meno ordini problematici)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hypothetical clean orders in the window (negative: fewer orders)</source>
        <translation>Ordini senza problemi ipotetici nel periodo (negativo: meno ordini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders:</source>
        <translation>Ordini problematici:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean orders:</source>
        <translation>Ordini senza problemi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Showing a what-if&lt;/b&gt; — the gauges include hypothetical orders</source>
        <translation>&lt;b&gt;Simulazione in corso&lt;/b&gt; — gli indicatori includono ordini ipotetici</translation>
    </message>
</context>
</TS>
