<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>BackupRunner</name>
    <message>
        <location filename="../../sellerdesk/ui/backups.py" line="+34"/>
        <source>Cancel</source>
        <extracomment>a backup ended: its path, or None (cancelled or failed)</extracomment>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This shop is not kept in a file: nothing to back up.</source>
        <translation>Cửa hàng này không được lưu trong tệp: không có gì để sao lưu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is already running.</source>
        <translation>Đang có một bản sao lưu chạy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backed up to {path} ({size}).</source>
        <translation>Đã sao lưu vào {path} ({size}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Đã hủy sao lưu; không có gì được ghi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day&apos;s backup was not made: {error}</source>
        <translation>Bản sao lưu trong ngày chưa được tạo: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup failed</source>
        <translation>Sao lưu thất bại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup was not made: {error}</source>
        <translation>Chưa tạo được bản sao lưu: {error}</translation>
    </message>
</context>
<context>
    <name>BulkReplyDialog</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/dialogs/bulk_reply.py" line="+53"/>
        <source>Message %n buyer(s)</source>
        <translation>
            <numerusform>Nhắn cho %n người mua</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a saved reply: each buyer&apos;s text is filled in below. Copy puts them all on the clipboard to send on Etsy, and logs them as your replies (one undo step).</source>
        <translation>Chọn một câu trả lời mẫu: nội dung cho từng người mua hiện bên dưới. Sao chép đưa tất cả vào bộ nhớ tạm để gửi trên Etsy và ghi lại là câu trả lời của bạn (hoàn tác một bước).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy and log</source>
        <translation>Sao chép và ghi lại</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {order}:</source>
        <translation>Đơn {order}:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reply to %n buyer(s)</source>
        <translation>
            <numerusform>Trả lời %n người mua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/capacity.py" line="+26"/>
        <source>Can the shop ship what is coming?</source>
        <extracomment>Below this many orders in the window a shop is new to Etsy&apos;s figures: each order weighs a lot.</extracomment>
        <translation>Cửa hàng có gửi kịp các đơn sắp tới không?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Longer processing time…</source>
        <translation>Kéo dài thời gian xử lý…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacation mode…</source>
        <translation>Chế độ nghỉ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message the buyers…</source>
        <translation>Nhắn cho người mua…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing shipped lately to clear them</source>
        <translation>gần đây không gửi đơn nào để giải quyết chúng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} business days of work</source>
        <translation>{days} ngày làm việc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Surge&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tăng đột biến&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No surge</source>
        <translation>Không tăng đột biến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pace: &lt;b&gt;{pace}&lt;/b&gt; orders a business day ({shipped} {range}).</source>
        <translation>Nhịp độ: &lt;b&gt;{pace}&lt;/b&gt; đơn mỗi ngày làm việc ({shipped} {range}).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln shipped</source>
        <translation>
            <numerusform>đã gửi %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Backlog: &lt;b&gt;%Ln&lt;/b&gt; open order(s), {work}.</source>
        <translation>
            <numerusform>Tồn đọng: &lt;b&gt;%Ln&lt;/b&gt; đơn đang mở, {work}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected to miss their ship-by date at this pace: &lt;b&gt;{n}&lt;/b&gt;.</source>
        <translation>Với nhịp độ này sẽ trễ hạn gửi hàng: &lt;b&gt;{n}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every open order ships by its ship-by date at this pace.</source>
        <translation>Với nhịp độ này mọi đơn đang mở đều được gửi đúng hạn.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{surge}: %Ln order(s) in the last 7 days; the weekly average of the 8 weeks before was {avg} (a surge is more than 1.5 times).</source>
        <translation>
            <numerusform>{surge}: %Ln đơn trong 7 ngày qua; trung bình mỗi tuần của 8 tuần trước đó là {avg} (tăng đột biến là hơn 1,5 lần).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="+158"/>
        <source>Edit case</source>
        <translation>Sửa tranh chấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open case</source>
        <translation>Mở tranh chấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still open</source>
        <translation>vẫn đang mở</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (blank while open)</source>
        <translation>YYYY-MM-DD (để trống nếu đang mở)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excluded (seller protection)</source>
        <translation>Loại trừ (bảo vệ người bán)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not excluded</source>
        <translation>không loại trừ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>order {order} already has a case opened on {day}</source>
        <translation>đơn {order} đã có tranh chấp mở ngày {day}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+48"/>
        <location filename="../../sellerdesk/ui/pages/cases.py" line="+32"/>
        <source>Cases</source>
        <translation>Tranh chấp</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/cases.py" line="+1"/>
        <source>Search order id or buyer  (Ctrl+F)</source>
        <translation>Tìm mã đơn hoặc người mua  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cases</source>
        <translation>Tất cả tranh chấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Tranh chấp đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed cases</source>
        <translation>Tranh chấp đã đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded (seller protection)</source>
        <translation>Loại trừ (bảo vệ người bán)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution: {res}</source>
        <translation>Kết quả: {res}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded: {reason}</source>
        <translation>Loại trừ: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open case…</source>
        <translation>Mở tranh chấp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>Giải quyết…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude / count again…</source>
        <translation>Loại trừ / tính lại…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for case…</source>
        <translation>Bằng chứng cho tranh chấp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF to attach to Etsy&apos;s case: the order&apos;s timeline, messages, reviews and seller protection</source>
        <translation>Một tệp PDF để đính kèm vào tranh chấp trên Etsy: diễn biến đơn hàng, tin nhắn, đánh giá và bảo vệ người bán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a case to see it here. Ctrl+N opens one.</source>
        <translation>Chọn một tranh chấp để xem tại đây. Ctrl+N để mở tranh chấp mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open since {day}</source>
        <translation>Mở từ {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed {day}: {res}</source>
        <translation>Đóng ngày {day}: {res}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excluded ({reason}): does not make the order a problem order.</source>
        <translation>Đã loại trừ ({reason}): đơn không bị tính là đơn có vấn đề.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} is a problem order in the ODR, whatever the resolution.</source>
        <translation>Đơn {order} là đơn có vấn đề trong ODR, bất kể kết quả ra sao.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete cases</source>
        <translation>Xóa tranh chấp</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n case(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Xóa %n tranh chấp? Có thể hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n case(s)</source>
        <translation>
            <numerusform>Xóa %n tranh chấp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../sellerdesk/ui/widgets/charts.py" line="+225"/>
        <source>Loading chart…</source>
        <translation>Đang tải biểu đồ…</translation>
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
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Could not draw this chart: {error}</source>
        <translation>Không vẽ được biểu đồ này: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as PNG…</source>
        <translation>Lưu thành PNG…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save {path}: {error}</source>
        <translation>Không lưu được {path}: {error}</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/chart_words.py" line="+22"/>
        <source>No orders in any window of the last 12 months.</source>
        <extracomment>pyside6-lupdate reads plural messages from X.tr(text, &quot;&quot;, n), not from QCoreApplication.translate</extracomment>
        <translation>Không có đơn nào trong bất kỳ kỳ nào của 12 tháng qua.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Today {now}; highest {high} on {day}; a warning would have been sent on %n day(s).</source>
        <translation>
            <numerusform>Hôm nay {now}; cao nhất {high} vào ngày {day}; lẽ ra đã có cảnh báo vào %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This month so far: on-time shipping {ship} ({a} of {b}), messages answered within 48 hours {msg} ({c} of {d}).</source>
        <translation>Tháng này đến nay: gửi đúng hạn {ship} ({a} / {b}), tin nhắn được trả lời trong 48 giờ {msg} ({c} / {d}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviews by stars: {parts}.</source>
        <translation>Đánh giá theo số sao: {parts}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problem orders in the last 12 months.</source>
        <translation>Không có đơn có vấn đề nào trong 12 tháng qua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders by cause: {parts}.</source>
        <translation>Đơn có vấn đề theo nguyên nhân: {parts}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/panels.py" line="+35"/>
        <source>Would Etsy send a warning?</source>
        <translation>Etsy có gửi cảnh báo không?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All three must hold</source>
        <translation>Phải đúng cả ba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With exclusions</source>
        <translation>Có loại trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict</source>
        <translation>Nghiêm ngặt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ODR ≥ 1%</source>
        <translation>ODR ≥ 1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3+ problem orders all time</source>
        <translation>3+ đơn có vấn đề từ trước đến nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2+ in the window</source>
        <translation>2+ trong kỳ đánh giá</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>holds</source>
        <translation>đúng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not hold</source>
        <translation>không đúng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no orders</source>
        <translation>không có đơn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a warning would be sent</source>
        <translation>sẽ bị cảnh báo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no warning</source>
        <translation>không cảnh báo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No orders in the window {w}: the rate is undefined, no warning can be sent.</source>
        <translation>Không có đơn nào trong kỳ {w}: chưa có tỷ lệ, không thể bị cảnh báo.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; more clean order(s) in the window would bring the ODR back under 1%.</source>
        <translation>
            <numerusform>Thêm &lt;b&gt;%Ln&lt;/b&gt; đơn không có vấn đề trong kỳ sẽ đưa ODR về dưới 1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Headroom: &lt;b&gt;%n&lt;/b&gt; more problem order(s) keep you under 1% ({orders}).</source>
        <translation>
            <numerusform>Dư địa: thêm &lt;b&gt;%n&lt;/b&gt; đơn có vấn đề vẫn giữ bạn dưới 1% ({orders}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s) in the window</source>
        <translation>
            <numerusform>%Ln đơn trong kỳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem order(s) excluded by seller protection; the strict column counts them.</source>
        <translation>
            <numerusform>%n đơn có vấn đề được loại trừ nhờ bảo vệ người bán; cột nghiêm ngặt vẫn tính chúng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+112"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic</source>
        <translation>Trong nước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Quốc tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open orders</source>
        <translation>Đơn đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+20"/>
        <source>Order</source>
        <extracomment>the titles of the store&apos;s TableSpec columns (orders, threads, reviews, cases) and other tables</extracomment>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship by</source>
        <translation>Gửi trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDD</source>
        <translation>Dự kiến giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message</source>
        <translation>Tin đầu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reply</source>
        <translation>Trả lời đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time</source>
        <translation>Thời gian phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply by</source>
        <translation>Trả lời trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>Tin cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Số sao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Loại trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/listing_profiles.py" line="+25"/>
        <source>Listing</source>
        <translation>Sản phẩm đăng bán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping profile</source>
        <translation>Hồ sơ vận chuyển</translation>
    </message>
</context>
<context>
    <name>CountryHolidaysDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/country_holidays.py" line="+29"/>
        <source>Load a country&apos;s holidays</source>
        <extracomment>how many moved orders the effect line names (the rest are counted)</extracomment>
        <translation>Tải ngày lễ của một quốc gia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region:</source>
        <translation>Bang hoặc vùng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From year:</source>
        <translation>Từ năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To year:</source>
        <translation>Đến năm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a country.</source>
        <translation>Hãy chọn một quốc gia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last year comes before the first; swap them.</source>
        <translation>Năm cuối đứng trước năm đầu; hãy đổi chỗ chúng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {n} years at a time; load a shorter span.</source>
        <translation>Tối đa {n} năm mỗi lần; hãy tải khoảng ngắn hơn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole country (national holidays)</source>
        <translation>Cả nước (ngày lễ quốc gia)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Add %n day(s)</source>
        <translation>
            <numerusform>Thêm %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>already in the calendar</source>
        <translation>đã có trong lịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekend: no effect</source>
        <translation>cuối tuần: không ảnh hưởng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing new to add: every day listed is already in the calendar.</source>
        <translation>Không có gì mới để thêm: mọi ngày trong danh sách đã có trong lịch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added, these days change no open order&apos;s ship-by date.</source>
        <translation>Nếu thêm, những ngày này không đổi hạn gửi hàng của đơn đang mở nào.</translation>
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
            <numerusform> và %n đơn khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added (then applied), these days move the ship-by date of %n open order(s): </source>
        <translation>
            <numerusform>Nếu thêm (rồi áp dụng), những ngày này dời hạn gửi hàng của %n đơn đang mở: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/drawers.py" line="+20"/>
        <source>Review ≤ 2★</source>
        <translation>Đánh giá ≤ 2★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not received</source>
        <translation>Không nhận được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>Không đúng mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Bị hư hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Giao trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other case</source>
        <translation>Tranh chấp khác</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>strict (no exclusions)</source>
        <translation>nghiêm ngặt (không loại trừ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR with exclusions</source>
        <translation>ODR có loại trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>1% limit</source>
        <translation>giới hạn 1%</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>0.75% approaching</source>
        <translation>0.75% sắp chạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning would be sent</source>
        <translation>sẽ bị cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR (% of orders in the window)</source>
        <translation>ODR (% số đơn trong kỳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>as-of day</source>
        <translation>ngày tính</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Order dissatisfaction rate, last 12 months</source>
        <translation>Tỷ lệ đơn hàng không hài lòng, 12 tháng qua</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>shipped on time</source>
        <translation>gửi đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages answered ≤ 48 h</source>
        <translation>tin nhắn trả lời ≤ 48 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% standard</source>
        <translation>tiêu chuẩn 80%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% Star Seller</source>
        <translation>95% Star Seller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate (%)</source>
        <translation>tỷ lệ (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-time shipping and message response by month</source>
        <translation>Gửi hàng đúng hạn và phản hồi tin nhắn theo tháng</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reviews (count)</source>
        <translation>đánh giá (số lượng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating (stars)</source>
        <translation>số sao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating distribution, last 12 months</source>
        <translation>Phân bố số sao, 12 tháng qua</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>counted</source>
        <translation>được tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded (seller protection)</source>
        <translation>loại trừ (bảo vệ người bán)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem orders (count)</source>
        <translation>đơn có vấn đề (số lượng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders by cause, last 12 months</source>
        <translation>Đơn có vấn đề theo nguyên nhân, 12 tháng qua</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>projected ODR</source>
        <translation>ODR dự báo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODR (%)</source>
        <translation>ODR (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next 90 days if nothing else changes</source>
        <translation>90 ngày tới nếu không có gì thay đổi</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/lists.py" line="+153"/>
        <source>review {stars}★ on {day}</source>
        <translation>đánh giá {stars}★ ngày {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case ({reason}) opened {day}</source>
        <translation>tranh chấp ({reason}) mở ngày {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — excluded: {reason}</source>
        <translation> — loại trừ: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the window</source>
        <translation>trong kỳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enters later</source>
        <translation>sẽ vào kỳ sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>loại trừ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counts</source>
        <translation>được tính</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask for seller protection: lost in transit, shipped on time (tracked, shipped {s}, due {d})</source>
        <translation>yêu cầu bảo vệ người bán: thất lạc khi vận chuyển, đã gửi đúng hạn (có mã vận đơn, gửi ngày {s}, hạn {d})</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+12"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Order date</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it counts</source>
        <translation>Lý do được tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller protection</source>
        <translation>Bảo vệ người bán</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enters the window</source>
        <translation>Vào kỳ đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day in it</source>
        <translation>Ngày cuối trong kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR on entry (if nothing else changes)</source>
        <translation>ODR khi vào kỳ (nếu không có gì thay đổi)</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/states.py" line="+24"/>
        <source>&gt;= 80% within 48 h</source>
        <extracomment>the dashboard&apos;s texts built outside its widgets (gauges, charts, tables) core.standards&apos; metric targets, shown under the gauges</extracomment>
        <translation>≥ 80% trong 48 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;= 80% on time</source>
        <translation>≥ 80% đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;= 95% within 24 h</source>
        <translation>≥ 95% trong 24 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;= 95% on time with tracking</source>
        <translation>≥ 95% đúng hạn, có mã</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order dissatisfaction rate</source>
        <translation>Tỷ lệ đơn hàng không hài lòng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No orders</source>
        <translation>Không có đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders in the window
{window}</source>
        <translation>Không có đơn trong kỳ
{window}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at or over the 1% limit</source>
        <translation>bằng hoặc vượt giới hạn 1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approaching the 1% limit</source>
        <translation>sắp chạm giới hạn 1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below the 1% limit</source>
        <translation>dưới giới hạn 1%</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n problem order(s) of {n} — {verdict}
window {window}</source>
        <translation>
            <numerusform>%n đơn có vấn đề trên {n} — {verdict}
kỳ {window}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{count} of {total}
allowed: {a}</source>
        <translation>{count} / {total}
cho phép: {a}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n low review(s)</source>
        <translation>
            <numerusform>%n đánh giá thấp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n tranh chấp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln đánh giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln đơn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>target ≥ {rating}</source>
        <translation>mục tiêu ≥ {rating}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No reviews yet</source>
        <translation>Chưa có đánh giá</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Nothing to judge yet
target {t}</source>
        <translation>Chưa có gì để đánh giá
mục tiêu {t}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{c} of {t}{unit}
target {target}</source>
        <translation>{c}/{t}{unit}
mục tiêu {target}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="-7"/>
        <location filename="../../sellerdesk/ui/pages/dashboard/page.py" line="+52"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/page.py" line="+47"/>
        <location line="+211"/>
        <source>Star Seller</source>
        <translation>Star Seller</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>ODR trend</source>
        <translation>Xu hướng ODR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-time shipping and response</source>
        <translation>Gửi đúng hạn và phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating distribution</source>
        <translation>Phân bố số sao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders by cause</source>
        <translation>Đơn có vấn đề theo nguyên nhân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>90-day projection</source>
        <translation>Dự báo 90 ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is coming</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem orders</source>
        <translation>Đơn có vấn đề</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read: {e}</source>
        <translation>Không đọc được: {e}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of:</source>
        <translation>Tính đến:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the dashboard as it stood on a past day</source>
        <translation>Xem bảng tổng quan như vào một ngày trước đây</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updating…</source>
        <translation>Đang cập nhật…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{shop}&lt;/b&gt; — figures as of {day}{past}</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; — số liệu tính đến {day}{past}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a past day)</source>
        <translation> (một ngày trước đây)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders with a review of 2 stars or fewer or a case, of the orders placed in the window; keep it below 1%.</source>
        <translation>Số đơn có đánh giá từ 2 sao trở xuống hoặc có tranh chấp, trên tổng số đơn đặt trong kỳ; hãy giữ dưới 1%.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer Service Standards, {range} (90 days)</source>
        <translation>Tiêu chuẩn dịch vụ khách hàng, {range} (90 ngày)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Star Seller — running period {range}, evaluated {next}</source>
        <translation>Star Seller — kỳ hiện tại {range}, đánh giá ngày {next}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last evaluation ({on}): &lt;b&gt;{verdict}&lt;/b&gt;. Running period minimums: {orders} of {need}, sales {sales} of {sales_need} {cur}, {days} since the first sale (90 needed): &lt;b&gt;{met}&lt;/b&gt;.</source>
        <translation>Lần đánh giá gần nhất ({on}): &lt;b&gt;{verdict}&lt;/b&gt;. Mức tối thiểu của kỳ hiện tại: {orders} / {need}, doanh số {sales} / {sales_need} {cur}, {days} kể từ lần bán đầu tiên (cần 90): &lt;b&gt;{met}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Every problem order placed since the window started ({start}); excluded ones are greyed. Double-click an order to open it. %n could be protected.</source>
        <translation>
            <numerusform>Mọi đơn có vấn đề được đặt từ khi kỳ bắt đầu ({start}); đơn được loại trừ hiện màu xám. Nhấp đúp vào một đơn để mở. %n đơn có thể được bảo vệ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Message response</source>
        <translation>Phản hồi tin nhắn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First buyer messages answered within 48 hours; at least 80%.</source>
        <translation>Tin nhắn đầu tiên của người mua được trả lời trong 48 giờ; ít nhất 80%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-time shipping</source>
        <translation>Gửi hàng đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders marked shipped by their ship-by date; at least 80%.</source>
        <translation>Đơn được đánh dấu đã gửi trước hạn gửi hàng; ít nhất 80%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews ≤ 3 stars</source>
        <translation>Đánh giá ≤ 3 sao</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 40 reviews: at most 4 of 3 stars or fewer; otherwise under 10%.</source>
        <translation>Dưới 40 đánh giá: tối đa 4 đánh giá từ 3 sao trở xuống; nếu không thì dưới 10%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seller-refunded cases</source>
        <translation>Tranh chấp người bán hoàn tiền</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 300 orders: at most 3; otherwise under 1%.</source>
        <translation>Dưới 300 đơn: tối đa 3; nếu không thì dưới 1%.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages ≤ 24 h</source>
        <translation>Tin nhắn ≤ 24 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First messages answered within 24 hours (auto-replies count); at least 95%.</source>
        <translation>Tin nhắn đầu tiên được trả lời trong 24 giờ (tính cả trả lời tự động); ít nhất 95%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On time with tracking</source>
        <translation>Đúng hạn, có mã vận đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders shipped on time with tracking; at least 95%.</source>
        <translation>Đơn gửi đúng hạn và có mã vận đơn; ít nhất 95%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average rating</source>
        <translation>Số sao trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average review rating; at least 4.8.</source>
        <translation>Số sao trung bình của đánh giá; ít nhất 4.8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases (Star Seller)</source>
        <translation>Tranh chấp (Star Seller)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seller-refunded cases must meet the case standard.</source>
        <translation>Tranh chấp người bán hoàn tiền phải đạt tiêu chuẩn về tranh chấp.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not Star Seller</source>
        <translation>không đạt Star Seller</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln đơn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Daily ODR for the last 12 months against the 1% limit; dots mark days a warning would have been sent.</source>
        <translation>ODR hằng ngày trong 12 tháng qua so với giới hạn 1%; dấu chấm là ngày lẽ ra đã bị cảnh báo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly on-time shipping and message response rates against the 80% standard and 95% Star Seller.</source>
        <translation>Tỷ lệ gửi hàng đúng hạn và phản hồi tin nhắn theo tháng so với tiêu chuẩn 80% và mức 95% của Star Seller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews by star rating.</source>
        <translation>Đánh giá theo số sao.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&lt;b&gt;%n&lt;/b&gt; problem order(s) placed after the window will enter it. {cross}</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; đơn có vấn đề đặt sau kỳ sẽ vào kỳ. {cross}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problem orders placed in the last 12 months, by cause.</source>
        <translation>Đơn có vấn đề đặt trong 12 tháng qua, theo nguyên nhân.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The ODR for the next 90 days with the recent daily order volume and no new problem orders.</source>
        <translation>ODR trong 90 ngày tới với lượng đơn hằng ngày gần đây và không có đơn có vấn đề mới.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If nothing else changes the ODR reaches 1% on &lt;b&gt;{d}&lt;/b&gt; ({r}).</source>
        <translation>Nếu không có gì thay đổi, ODR sẽ chạm 1% vào &lt;b&gt;{d}&lt;/b&gt; ({r}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If nothing else changes the ODR stays below 1% for the next 90 days.</source>
        <translation>Nếu không có gì thay đổi, ODR sẽ dưới 1% trong 90 ngày tới.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../sellerdesk/ui/empty_states.py" line="+23"/>
        <source>What to do next</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Etsy downloads…</source>
        <translation>Nhập tệp tải từ Etsy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a folder…</source>
        <translation>Nhập một thư mục…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No orders yet, so the gauges have nothing to measure. Import your Etsy downloads (Shop Manager &gt; Settings &gt; Options &gt; Download Data) to see your standards.</source>
        <translation>Chưa có đơn nào nên các đồng hồ chưa có gì để đo. Hãy nhập các tệp tải từ Etsy (Shop Manager &gt; Settings &gt; Options &gt; Download Data) để xem các tiêu chuẩn của bạn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No orders yet. Import the orders files you downloaded from Etsy, or add an order by hand.</source>
        <translation>Chưa có đơn nào. Hãy nhập các tệp đơn hàng đã tải từ Etsy, hoặc thêm đơn thủ công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Đơn mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No messages logged yet. Log a buyer&apos;s message when it arrives: SellerDesk then counts the 24 h and 48 h reply deadlines.</source>
        <translation>Chưa ghi tin nhắn nào. Hãy ghi tin nhắn của người mua khi nhận được: SellerDesk sẽ đếm hạn trả lời 24 h và 48 h.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a message</source>
        <translation>Ghi một tin nhắn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews yet. Import Etsy&apos;s reviews download (a .json file), or add a review by hand.</source>
        <translation>Chưa có đánh giá nào. Hãy nhập tệp đánh giá tải từ Etsy (tệp .json), hoặc thêm đánh giá thủ công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New review</source>
        <translation>Đánh giá mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cases: good. When a buyer opens a case on Etsy, log it here so it counts in your rates.</source>
        <translation>Không có tranh chấp: tốt. Khi người mua mở tranh chấp trên Etsy, hãy ghi lại ở đây để nó được tính vào các tỷ lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a case</source>
        <translation>Ghi một tranh chấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved replies. Write one for a question you answer often, then use it from any order.</source>
        <translation>Chưa có câu trả lời mẫu. Hãy viết một câu cho câu hỏi bạn hay trả lời, rồi dùng nó từ bất kỳ đơn nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New saved reply</source>
        <translation>Câu trả lời mẫu mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shipping profile. Add one with your processing time, so new orders get their ship-by and delivery dates.</source>
        <translation>Chưa có hồ sơ vận chuyển. Hãy thêm một hồ sơ với thời gian xử lý của bạn để đơn mới có hạn gửi hàng và ngày giao.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New shipping profile</source>
        <translation>Hồ sơ vận chuyển mới</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../sellerdesk/io/evidence.py" line="+109"/>
        <source>Order {order}: the shop&apos;s records for Etsy&apos;s case</source>
        <translation>Đơn {order}: hồ sơ của cửa hàng cho tranh chấp trên Etsy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation>Tổng đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status</source>
        <translation>Trạng thái đơn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written on {day} from the records kept in SellerDesk.</source>
        <translation>Lập ngày {day} từ hồ sơ lưu trong SellerDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>closed on {day}: {resolution}</source>
        <translation>đóng ngày {day}: {resolution}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; excluded from the rate: {reason}</source>
        <translation>; không tính vào tỷ lệ: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>Mở ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meets seller protection: shipped on time with tracking.</source>
        <translation>Đủ điều kiện bảo vệ người bán: gửi đúng hạn, có mã vận đơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: no ship date is recorded.</source>
        <translation>Không đủ điều kiện bảo vệ người bán: chưa ghi ngày gửi hàng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: the order has no ship-by date to compare with.</source>
        <translation>Không đủ điều kiện bảo vệ người bán: đơn không có hạn gửi hàng để so sánh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: shipped after the ship-by date.</source>
        <translation>Không đủ điều kiện bảo vệ người bán: gửi sau hạn gửi hàng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet seller protection: no tracking number is recorded.</source>
        <translation>Không đủ điều kiện bảo vệ người bán: chưa ghi mã vận đơn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on or before the ship-by date</source>
        <translation>Gửi đúng hoặc trước hạn gửi hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped {shipped}, ship by {due}</source>
        <translation>gửi ngày {shipped}, hạn gửi {due}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tracking number</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition (Etsy seller protection)</source>
        <translation>Điều kiện (bảo vệ người bán của Etsy)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>Đã ghi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ordered</source>
        <translation>Đặt hàng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>processing time {days} business days</source>
        <translation>thời gian xử lý {days} ngày làm việc</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>processing time %n business day(s)</source>
        <translation>
            <numerusform>thời gian xử lý %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship-by date</source>
        <translation>Hạn gửi hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extended from {before}</source>
        <translation>gia hạn từ {before}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on {day}</source>
        <translation> ngày {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-by date, extended</source>
        <translation>Hạn gửi hàng, đã gia hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>carrier not recorded</source>
        <translation>chưa ghi hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{carrier}, tracking {tracking}</source>
        <translation>{carrier}, mã vận đơn {tracking}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{carrier}, no tracking number recorded</source>
        <translation>{carrier}, chưa ghi mã vận đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no ship date recorded</source>
        <translation>chưa ghi ngày gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated delivery date</source>
        <translation>Ngày giao dự kiến</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no delivery date recorded</source>
        <translation>chưa ghi ngày giao</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages ({n})</source>
        <translation>Tin nhắn ({n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(marked spam)</source>
        <translation>(đánh dấu thư rác)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent (UTC)</source>
        <translation>Gửi lúc (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews ({n})</source>
        <translation>Đánh giá ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stars} of 5 stars</source>
        <translation>{stars} trên 5 sao</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Số sao</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Order {order} — records for Etsy&apos;s case</source>
        <translation>Đơn {order} — hồ sơ cho tranh chấp trên Etsy</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/evidence.py" line="+35"/>
        <source>Save the evidence for Etsy&apos;s case</source>
        <translation>Lưu bằng chứng cho tranh chấp trên Etsy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it meets seller protection (shipped on time with tracking)</source>
        <translation>đủ điều kiện bảo vệ người bán (gửi đúng hạn, có mã vận đơn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not meet seller protection</source>
        <translation>không đủ điều kiện bảo vệ người bán</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence for order {order} saved to {file}; {verdict}.</source>
        <translation>Đã lưu bằng chứng cho đơn {order} vào {file}; {verdict}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} could not be written ({error}); choose another folder or file name.</source>
        <translation>Không ghi được {file} ({error}); hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the evidence</source>
        <translation>Không lưu được bằng chứng</translation>
    </message>
</context>
<context>
    <name>ExclusionDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/review_case_dialogs.py" line="+27"/>
        <source>Seller protection</source>
        <translation>Bảo vệ người bán</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An excluded {kind} does not make order {order} a problem order (the strict ODR still counts it). Choose the reason Etsy accepted, or &apos;not excluded&apos; to count it again.</source>
        <translation>Mục {kind} được loại trừ sẽ không làm đơn {order} thành đơn có vấn đề (ODR nghiêm ngặt vẫn tính). Chọn lý do Etsy đã chấp nhận, hoặc &apos;không loại trừ&apos; để tính lại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not excluded</source>
        <translation>không loại trừ</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../sellerdesk/ui/export_actions.py" line="+27"/>
        <location line="+61"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Export your records as CSV files a spreadsheet opens and SellerDesk imports back.</source>
        <translation>Xuất dữ liệu thành tệp CSV mà bảng tính mở được và SellerDesk nhập lại được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything…</source>
        <translation>Tất cả…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page&apos;s {page}…</source>
        <translation>{page} của trang này…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export into folder</source>
        <translation>Xuất vào thư mục</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %Ln record(s) into {folder}.</source>
        <translation>
            <numerusform>Đã xuất %Ln bản ghi vào {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Exported %Ln record(s) into {file}.</source>
        <translation>
            <numerusform>Đã xuất %Ln bản ghi vào {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Export this page&apos;s records</source>
        <translation>Xuất các bản ghi của trang này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled.</source>
        <translation>Đã hủy xuất.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written ({error}). Choose another folder and try again.</source>
        <translation>Không ghi được tệp xuất ({error}). Hãy chọn thư mục khác rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ExtendShipByDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="+124"/>
        <source>Extend ship-by of order {order}</source>
        <translation>Gia hạn gửi hàng cho đơn {order}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ship-by date (once, at most 21 days later)</source>
        <translation>Hạn gửi hàng mới (một lần, tối đa thêm 21 ngày)</translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <location filename="../../sellerdesk/ui/widgets/gauge.py" line="+67"/>
        <source>Nothing to measure yet.</source>
        <translation>Chưa có gì để đo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets the standard.</source>
        <translation>Đạt tiêu chuẩn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the limit.</source>
        <translation>Gần đến giới hạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misses the standard.</source>
        <translation>Không đạt tiêu chuẩn.</translation>
    </message>
</context>
<context>
    <name>HolidaySection</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+56"/>
        <source>Holiday calendar</source>
        <translation>Lịch nghỉ lễ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weekends never count as processing days. Holidays do, unless you list them here (Etsy&apos;s rule): every ship-by date and estimated delivery skips the days below.</source>
        <translation>Cuối tuần không bao giờ tính là ngày xử lý. Ngày lễ thì có, trừ khi bạn liệt kê ở đây (quy định của Etsy): mọi hạn gửi hàng và ngày giao dự kiến sẽ bỏ qua các ngày dưới đây.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>Holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>name, e.g. Workshop closed</source>
        <translation>tên, ví dụ Xưởng nghỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>Bỏ mục đã chọn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a country&apos;s holidays…</source>
        <translation>Tải ngày lễ của một quốc gia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public holidays of any country or state, movable and lunar ones included, listed before adding</source>
        <translation>Ngày lễ của bất kỳ quốc gia hay bang nào, kể cả lễ di động và lễ âm lịch, được liệt kê trước khi thêm</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Not applied yet. With this calendar %n open order(s) get a different ship-by date and {total} a different estimated delivery.</source>
        <translation>
            <numerusform>Chưa áp dụng. Với lịch này, %n đơn đang mở có hạn gửi hàng khác và {total} đơn có ngày giao dự kiến khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open order(s) have dates computed before the current calendar; Apply recomputes them.</source>
        <translation>
            <numerusform>%n đơn đang mở có ngày được tính trước lịch hiện tại; Áp dụng sẽ tính lại chúng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Holiday calendar (%n day(s))</source>
        <translation>
            <numerusform>Lịch ngày lễ (%n ngày)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n open order(s) moved</source>
        <translation>
            <numerusform>, dời %n đơn đang mở</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Also move the open orders&apos; dates</source>
        <translation>Dời cả ngày của các đơn đang mở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply calendar</source>
        <translation>Áp dụng lịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All open orders&apos; dates follow this calendar.</source>
        <translation>Ngày của mọi đơn đang mở đều theo lịch này.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/import_flow.py" line="+78"/>
        <source>Reading %n file(s)…</source>
        <extracomment>the preview (or problems) dialog is open; tests answer it the import ended: the report, or None (cancelled, failed, nothing to do)</extracomment>
        <translation>
            <numerusform>Đang đọc %n tệp…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import {files}</source>
        <translation>Nhập {files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking against the shop</source>
        <translation>Đang kiểm tra với cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the shop</source>
        <translation>Đang so sánh với cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up the shop</source>
        <translation>Đang sao lưu cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing orders</source>
        <translation>Đang ghi đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing items</source>
        <translation>Đang ghi mặt hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing reviews</source>
        <translation>Đang ghi đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing messages</source>
        <translation>Đang ghi tin nhắn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled; the shop was not changed.</source>
        <translation>Đã hủy nhập; cửa hàng không thay đổi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped ({error}); the shop was not changed.</source>
        <translation>Quá trình nhập đã dừng ({error}); cửa hàng không thay đổi.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/import_preview.py" line="+28"/>
        <source>Etsy orders</source>
        <translation>Đơn hàng Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etsy order items</source>
        <translation>Mặt hàng đơn Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etsy reviews</source>
        <translation>Đánh giá Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk orders</source>
        <translation>Đơn hàng SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk reviews</source>
        <translation>Đánh giá SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk cases</source>
        <translation>Khiếu nại SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk messages</source>
        <translation>Tin nhắn SellerDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>US wording</source>
        <translation>cách ghi kiểu Mỹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK wording</source>
        <translation>cách ghi kiểu Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with SKU</source>
        <translation>có SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without SKU</source>
        <translation>không có SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SellerDesk template</source>
        <translation>mẫu SellerDesk</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n cột</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="+24"/>
        <source>Import — preview</source>
        <translation>Nhập — xem trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import — problems found</source>
        <translation>Nhập — phát hiện lỗi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+82"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variant</source>
        <translation>Biến thể</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignored columns</source>
        <translation>Cột bỏ qua</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n review(s) are for orders not in the shop yet (an older download?). They are kept and join their order when it is imported.</source>
        <translation>
            <numerusform>%n đánh giá thuộc về đơn chưa có trong cửa hàng (tệp tải cũ hơn?). Chúng được giữ lại và gắn vào đơn khi đơn được nhập.</numerusform>
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
        <translation>không có hồ sơ vận chuyển (không có hạn gửi hàng)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ship-by dates of new orders come from — {parts}.</source>
        <translation>Hạn gửi hàng của đơn mới lấy từ — {parts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders without a profile get no ship-by date and are left out of on-time shipping: set a default profile, or map their listings, in Shipping profiles before importing.</source>
        <translation>Đơn không có hồ sơ sẽ không có hạn gửi hàng và không được tính vào giao hàng đúng hạn: hãy đặt hồ sơ mặc định, hoặc gán sản phẩm của chúng, trong Hồ sơ vận chuyển trước khi nhập.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: {text}</source>
        <translation>Cảnh báo: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is written until you press Import. {orders}, {updated}.</source>
        <translation>Chưa có gì được ghi cho đến khi bạn nhấn Nhập. {orders}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln đơn mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated order(s)</source>
        <translation>
            <numerusform>%Ln đơn được cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Nothing was imported: %n problem(s) found. Fix the files and import again; the shop was not changed.</source>
        <translation>
            <numerusform>Chưa nhập gì: phát hiện %n lỗi. Hãy sửa các tệp rồi nhập lại; cửa hàng không bị thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing to import: every record in these files is already in the shop as they have it.</source>
        <translation>Không có gì để nhập: mọi bản ghi trong các tệp này đã có trong cửa hàng đúng như vậy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/labels.py" line="+22"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>Labels and packing slips</source>
        <translation>Nhãn và phiếu đóng gói</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Check the orders to print an address label and a packing slip for (one page each).</source>
        <translation>Chọn các đơn cần in nhãn địa chỉ và phiếu đóng gói (mỗi đơn một trang).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save labels and packing slips</source>
        <translation>Lưu nhãn và phiếu đóng gói</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the PDF</source>
        <translation>Không lưu được PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels could not be written to {path}:
{error}
Choose another folder or file name.</source>
        <translation>Không ghi được nhãn vào {path}:
{error}
Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved labels and packing slips for %n order(s) to {path}</source>
        <translation>
            <numerusform>Đã lưu nhãn và phiếu đóng gói cho %n đơn vào {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n order(s) chosen. Print them, or save them as a PDF?</source>
        <translation>
            <numerusform>Đã chọn %n đơn. In ra hay lưu thành PDF?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
</context>
<context>
    <name>ListingProfiles</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/listing_profiles.py" line="+22"/>
        <source>Listings and their shipping profiles</source>
        <translation>Sản phẩm đăng bán và hồ sơ vận chuyển của chúng</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Listings appear here once you import Etsy&apos;s order items download (File &gt; Import…).</source>
        <translation>Sản phẩm đăng bán sẽ hiện ở đây sau khi bạn nhập tệp mặt hàng đơn hàng tải từ Etsy (Tệp &gt; Nhập…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported orders take the ship-by date of their listing&apos;s profile; a listing on “{default}” uses the default profile. Your choice is kept for every later import.</source>
        <translation>Đơn được nhập lấy hạn gửi hàng theo hồ sơ của sản phẩm; sản phẩm để “{default}” dùng hồ sơ mặc định. Lựa chọn của bạn được giữ cho mọi lần nhập sau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>Shipping profile of listing {listing}</source>
        <translation>Hồ sơ vận chuyển của sản phẩm {listing}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Default profile (none set)</source>
        <translation>Hồ sơ mặc định (chưa đặt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default profile ({name})</source>
        <translation>Hồ sơ mặc định ({name})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sellerdesk/ui/main_window.py" line="+218"/>
        <source>Shop file: {path}</source>
        <translation>Tệp cửa hàng: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODR: no orders in the window</source>
        <translation>ODR: không có đơn trong kỳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODR {rate} ({k} of {n}) — limit 1%</source>
        <translation>ODR {rate} ({k}/{n}) — giới hạn 1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — as of {day}</source>
        <translation> — tính đến {day}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New shop…</source>
        <translation>&amp;Tạo cửa hàng mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;folder…</source>
        <translation>Nhập một thư mụ&amp;c…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly re&amp;port…</source>
        <translation>Báo cáo t&amp;háng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now…</source>
        <translation>Sao &amp;lưu ngay…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New record</source>
        <translation>Bản ghi &amp;mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SellerDesk</source>
        <translation>&amp;Giới thiệu SellerDesk</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{path} is open in another window.</source>
        <translation>{path} đang mở trong một cửa sổ khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Đang đọc %n tệp…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported: {orders}, {updated}, {reviews}.</source>
        <translation>Đã nhập: {orders}, {updated}, {reviews}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n đơn mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated order(s)</source>
        <translation>
            <numerusform>%n đơn được cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new review(s)</source>
        <translation>
            <numerusform>%n đánh giá mới</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>New shop file</source>
        <translation>Tệp cửa hàng mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SellerDesk shop (*.sellerdesk *.db)</source>
        <translation>Cửa hàng SellerDesk (*.sellerdesk *.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File exists</source>
        <translation>Tệp đã tồn tại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} đã tồn tại; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open shop file</source>
        <translation>Mở tệp cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SellerDesk shop (*.sellerdesk *.db);;All files (*)</source>
        <translation>Cửa hàng SellerDesk (*.sellerdesk *.db);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Etsy downloads or SellerDesk CSV files</source>
        <translation>Nhập tệp tải từ Etsy hoặc tệp CSV của SellerDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy downloads and SellerDesk files (*.csv *.json *.txt *.tsv);;All files (*)</source>
        <translation>Tệp tải từ Etsy và tệp SellerDesk (*.csv *.json *.txt *.tsv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import every Etsy download in a folder</source>
        <translation>Nhập mọi tệp tải từ Etsy trong một thư mục</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to import: the shop already holds these files.</source>
        <translation>Không có gì để nhập: cửa hàng đã có các tệp này.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About SellerDesk</source>
        <translation>Giới thiệu SellerDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;SellerDesk {version}&lt;/h3&gt;&lt;p&gt;Keeps your shop&apos;s customer service in order, offline: your orders, messages, reviews and cases in a local file, with live gauges of Etsy&apos;s standards.&lt;/p&gt;&lt;p&gt;Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SellerDesk {version}&lt;/h3&gt;&lt;p&gt;Giúp bạn quản lý chăm sóc khách hàng của cửa hàng, không cần mạng: đơn hàng, tin nhắn, đánh giá và tranh chấp trong một tệp trên máy, cùng các chỉ số trực tiếp theo tiêu chuẩn của Etsy.&lt;/p&gt;&lt;p&gt;Không có gì rời khỏi máy tính này.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkCustomDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="+25"/>
        <source>Custom order {order}</source>
        <translation>Đơn đặt làm riêng {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom (made to order)</source>
        <translation>Đặt làm riêng (làm theo yêu cầu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing (min business days)</source>
        <translation>Xử lý (tối thiểu, ngày làm việc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processing (max business days)</source>
        <translation>Xử lý (tối đa, ngày làm việc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ship-by date is recomputed from the longest processing time.</source>
        <translation>Hạn gửi hàng được tính lại theo thời gian xử lý dài nhất.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order is shipped or its ship-by was extended: its ship-by date stays.</source>
        <translation>Đơn này đã gửi hoặc đã được gia hạn gửi hàng: hạn gửi hàng giữ nguyên.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a custom order needs its own processing time</source>
        <translation>đơn đặt làm riêng cần thời gian xử lý riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest time is shorter than the shortest ({low})</source>
        <translation>thời gian dài nhất ngắn hơn thời gian ngắn nhất ({low})</translation>
    </message>
</context>
<context>
    <name>MarkShippedDialog</name>
    <message>
        <location line="-82"/>
        <source>Mark order {order} shipped</source>
        <translation>Đánh dấu đơn {order} đã gửi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking number</source>
        <translation>Mã vận đơn</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="-105"/>
        <source>Edit message</source>
        <extracomment>undo-step texts of the record dialogs (one context, whichever page asked)</extracomment>
        <translation>Sửa tin nhắn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log message</source>
        <translation>Ghi tin nhắn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order (optional)</source>
        <translation>Đơn hàng (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at</source>
        <translation>Gửi lúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this conversation already has a message from {sender} at this time</source>
        <translation>hội thoại này đã có tin nhắn của {sender} vào thời điểm này</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+4"/>
        <location filename="../../sellerdesk/ui/pages/messages.py" line="+54"/>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/messages.py" line="+2"/>
        <source>Search conversation, order id or buyer  (Ctrl+F)</source>
        <translation>Tìm hội thoại, mã đơn hoặc người mua  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All conversations</source>
        <translation>Tất cả hội thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting reply — nearest deadline first</source>
        <translation>Chờ trả lời — hạn gần nhất trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (no reply after 48 h)</source>
        <translation>Quá hạn (chưa trả lời sau 48 giờ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered after 48 h</source>
        <translation>Trả lời sau 48 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log buyer message…</source>
        <translation>Ghi tin nhắn của người mua…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log reply…</source>
        <translation>Ghi câu trả lời…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use saved reply…</source>
        <translation>Dùng câu trả lời mẫu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+2"/>
        <source>Mark spam</source>
        <translation>Đánh dấu spam</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Delete conversation</source>
        <translation>Xóa hội thoại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>overdue by {t}</source>
        <translation>quá hạn {t}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{t} left ({hours})</source>
        <translation>còn {t} ({hours})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select a conversation to read it. Ctrl+N logs a buyer message.</source>
        <translation>Chọn một hội thoại để đọc. Ctrl+N để ghi tin nhắn của người mua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not spam</source>
        <translation>Không phải spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam: never counts for the response rates.</source>
        <translation>Spam: không bao giờ tính vào tỷ lệ phản hồi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First reply after {t} ({by}).</source>
        <translation>Trả lời đầu tiên sau {t} ({by}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awaiting reply: {t}.</source>
        <translation>Đang chờ trả lời: {t}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No buyer message yet.</source>
        <translation>Chưa có tin nhắn của người mua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — order {order}</source>
        <translation> — đơn {order}</translation>
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
            <numerusform>Đánh dấu %n cuộc trò chuyện là thư rác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mark %n conversation(s) not spam</source>
        <translation>
            <numerusform>Bỏ đánh dấu thư rác cho %n cuộc trò chuyện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete %n conversation(s) with all their messages? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Xóa %n cuộc trò chuyện cùng mọi tin nhắn? Có thể hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n conversation(s)</source>
        <translation>
            <numerusform>Xóa %n cuộc trò chuyện</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete conversations</source>
        <translation>Xóa hội thoại</translation>
    </message>
</context>
<context>
    <name>NewShop</name>
    <message numerus="yes">
        <location filename="../../sellerdesk/ui/pages/dashboard/capacity.py" line="+23"/>
        <source>A new shop&apos;s every order counts: with {orders} in the window, %n problem order(s) put the rate at or over 1% (you have {have}). A warning also needs 3 problem orders since your first sale (you have {all}) and 2 in the window. Etsy can suspend a new shop with many cases at once.</source>
        <extracomment>the dashboard&apos;s notes on a new shop and changed settings (pyside6-lupdate reads plurals from X.tr(text, &quot;&quot;, n))</extracomment>
        <translation>
            <numerusform>Với cửa hàng mới, đơn nào cũng quan trọng: với {orders} trong kỳ, chỉ %n đơn có vấn đề là đưa tỷ lệ lên 1% trở lên (bạn đang có {have}). Cảnh báo còn cần 3 đơn có vấn đề kể từ lần bán đầu tiên (bạn có {all}) và 2 đơn trong kỳ. Etsy có thể đình chỉ ngay cửa hàng mới có nhiều tranh chấp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the ODR window</source>
        <translation>kỳ tính ODR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures follow rule settings you changed: {names} (Settings).</source>
        <translation>Số liệu theo các thiết lập quy tắc bạn đã đổi: {names} (Cài đặt).</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/order_detail.py" line="+48"/>
        <source>Edit…</source>
        <extracomment>flag letter -&gt; (label, colour); the labels are translated as Values (sellerdesk/ui/vocabulary.py) an action button was pressed: its name (&quot;edit&quot;, &quot;ship&quot;, &quot;extend&quot;, &quot;custom&quot;, &quot;message&quot;, &quot;reply&quot;, &quot;review&quot;, &quot;case&quot;, &quot;labels&quot;, &quot;evidence&quot;, &quot;delete&quot;) two rows of buttons: the order itself, then what hangs off it</extracomment>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark shipped…</source>
        <translation>Đánh dấu đã gửi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend ship-by…</source>
        <translation>Gia hạn gửi hàng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as custom…</source>
        <translation>Đánh dấu làm riêng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log message…</source>
        <translation>Ghi tin nhắn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use saved reply…</source>
        <translation>Dùng câu trả lời mẫu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add review…</source>
        <translation>Thêm đánh giá…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case…</source>
        <translation>Mở tranh chấp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels…</source>
        <translation>Nhãn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for case…</source>
        <translation>Bằng chứng cho tranh chấp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made to order: its own processing time, ship-by recomputed</source>
        <translation>Làm theo yêu cầu: thời gian xử lý riêng, tính lại hạn gửi hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill a saved reply for this order, copy it and log it as your reply</source>
        <translation>Điền câu trả lời mẫu cho đơn này, sao chép và ghi lại làm câu trả lời của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address label and packing slip for the selected order(s)</source>
        <translation>Nhãn địa chỉ và phiếu đóng gói cho các đơn đã chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF to attach to Etsy&apos;s case: the order&apos;s timeline, messages, reviews and seller protection</source>
        <translation>Một tệp PDF để đính kèm vào tranh chấp trên Etsy: diễn biến đơn hàng, tin nhắn, đánh giá và bảo vệ người bán</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;i&gt;Select an order to see its items, messages, reviews and cases.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chọn một đơn để xem sản phẩm, tin nhắn, đánh giá và tranh chấp.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> → extended to {day}</source>
        <translation> → gia hạn đến {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship by</source>
        <translation>Gửi trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier / tracking</source>
        <translation>Hãng vận chuyển / mã vận đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated delivery</source>
        <translation>Ngày giao dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Ngày giao</translation>
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
        <translation> — loại trừ: {r}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>closed {day}: {res}</source>
        <translation>đóng ngày {day}: {res}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="-48"/>
        <source>Edit order {order}</source>
        <translation>Sửa đơn {order}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New order</source>
        <translation>Đơn mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order id</source>
        <translation>Mã đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>Ngày đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing (min days)</source>
        <translation>Xử lý (số ngày tối thiểu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing (max days)</source>
        <translation>Xử lý (số ngày tối đa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship by (blank: from processing time)</source>
        <translation>Gửi trước (để trống: theo thời gian xử lý)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (made to order)</source>
        <translation>Đặt làm riêng (làm theo yêu cầu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital (nothing to ship)</source>
        <translation>Kỹ thuật số (không cần gửi hàng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Quốc tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>OrderPicker</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_picker.py" line="+42"/>
        <source>Filter by order number or buyer</source>
        <translation>Lọc theo mã đơn hoặc người mua</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no ship-by date</source>
        <translation>chưa có hạn gửi hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late, ship-by {d}</source>
        <translation>trễ, hạn gửi {d}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ship by {d}</source>
        <translation>gửi trước {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · custom</source>
        <translation> · làm riêng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check all shown</source>
        <translation>Chọn tất cả đang hiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uncheck all</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="-2"/>
        <location filename="../../sellerdesk/ui/pages/orders.py" line="+54"/>
        <location line="+94"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/orders.py" line="-83"/>
        <source>Search order id, buyer, tracking or item  (Ctrl+F)</source>
        <translation>Tìm mã đơn, người mua, mã vận đơn hoặc sản phẩm  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All orders</source>
        <translation>Tất cả đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Hạn gửi hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped, not delivered</source>
        <translation>Đã gửi, chưa giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders</source>
        <translation>Đơn có vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom orders</source>
        <translation>Đơn làm riêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered during a vacation</source>
        <translation>Đặt trong kỳ nghỉ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New order…</source>
        <translation>Đơn mới…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source> (ext.)</source>
        <translation> (gia hạn)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{n}+ orders (counting…)</source>
        <translation>{n}+ đơn (đang đếm…)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln đơn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Delete %n order(s) with their items, messages, reviews and cases?</source>
        <translation>
            <numerusform>Xóa %n đơn cùng sản phẩm, tin nhắn, đánh giá và tranh chấp của chúng?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Xóa %n đơn</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete order {order} with its items, messages, reviews and cases?</source>
        <translation>Xóa đơn {order} cùng sản phẩm, tin nhắn, đánh giá và tranh chấp?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete orders</source>
        <translation>Xóa đơn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can undo this.</source>
        <translation>Có thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete order {order}</source>
        <translation>Xóa đơn {order}</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <location filename="../../sellerdesk/io/labels.py" line="+25"/>
        <source>Thank you for your order! I hope you love it. If anything isn&apos;t right, message me and I&apos;ll make it right.</source>
        <extracomment>the default note to the buyer, translated when the slip is written</extracomment>
        <translation>Cảm ơn bạn đã đặt hàng! Mong bạn sẽ thích món đồ này. Nếu có gì chưa ổn, hãy nhắn cho mình, mình sẽ xử lý.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No shipping address recorded</source>
        <translation>Chưa ghi địa chỉ giao hàng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personalization:</source>
        <translation>Cá nhân hóa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No items recorded for this order</source>
        <translation>Đơn này chưa ghi sản phẩm nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUSTOM ORDER</source>
        <translation>ĐƠN ĐẶT LÀM RIÊNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order &lt;b&gt;{order}&lt;/b&gt;</source>
        <translation>Đơn &lt;b&gt;{order}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered {day}</source>
        <translation>Đặt ngày {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship by {day}</source>
        <translation>Gửi trước {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated delivery {day}</source>
        <translation>Giao dự kiến {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: {address}</source>
        <translation>Người gửi: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order}</source>
        <translation>Đơn {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut along the dashed line</source>
        <translation>cắt theo đường nét đứt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shop} — Packing slip</source>
        <translation>{shop} — Phiếu đóng gói</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation>Tổng đơn hàng</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Labels and packing slips — {shop}</source>
        <translation>Nhãn và phiếu đóng gói — {shop}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="-60"/>
        <source>Edit shipping profile</source>
        <translation>Sửa hồ sơ vận chuyển</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New shipping profile</source>
        <translation>Hồ sơ vận chuyển mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>business days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing, shortest ({u})</source>
        <translation>Xử lý, ngắn nhất ({u})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processing, longest ({u})</source>
        <translation>Xử lý, dài nhất ({u})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ships from (country code)</source>
        <translation>Gửi từ (mã quốc gia)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin postal code</source>
        <translation>Mã bưu chính nơi gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail class</source>
        <translation>Loại dịch vụ bưu chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic</source>
        <translation>Trong nước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>International</source>
        <translation>Quốc tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortest</source>
        <translation>ngắn nhất</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longest</source>
        <translation>dài nhất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{k} transit, {w} ({u})</source>
        <translation>Vận chuyển {k}, {w} ({u})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blank: fallback 4 domestic / 10 international</source>
        <translation>để trống: mặc định 4 trong nước / 10 quốc tế</translation>
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
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../sellerdesk/ui/read_only_banner.py" line="+15"/>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-only: {path} cannot be written (the file or its folder). Editing and importing are off.</source>
        <translation>Chỉ đọc: không ghi được {path} (tệp hoặc thư mục của nó). Chỉnh sửa và nhập dữ liệu bị tắt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To make changes, make the file and its folder writable, or open a copy saved where you can write.</source>
        <translation>Để thay đổi, hãy cho phép ghi vào tệp và thư mục của nó, hoặc mở một bản sao lưu ở nơi bạn ghi được.</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/order_dialogs.py" line="+111"/>
        <source>Add order {order}</source>
        <translation>Thêm đơn {order}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit order {order}</source>
        <translation>Sửa đơn {order}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order {order} shipped</source>
        <translation>Đánh dấu đơn {order} đã gửi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Extend ship-by of order {order}</source>
        <translation>Gia hạn gửi hàng cho đơn {order}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark order {order} custom</source>
        <translation>Đánh dấu đơn {order} làm riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order {order} not custom</source>
        <translation>Bỏ đánh dấu làm riêng cho đơn {order}</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="+122"/>
        <source>Log message in {thread}</source>
        <translation>Ghi tin nhắn vào {thread}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit message</source>
        <translation>Sửa tin nhắn</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add review of order {order}</source>
        <translation>Thêm đánh giá cho đơn {order}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit review of order {order}</source>
        <translation>Sửa đánh giá của đơn {order}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open case on order {order}</source>
        <translation>Mở tranh chấp cho đơn {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit case on order {order}</source>
        <translation>Sửa tranh chấp của đơn {order}</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/review_case_dialogs.py" line="-18"/>
        <source>review</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case</source>
        <translation>tranh chấp</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Exclude {kind} of order {order} ({reason})</source>
        <translation>Loại trừ {kind} của đơn {order} ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count {kind} of order {order} again</source>
        <translation>Tính lại {kind} của đơn {order}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolve case on order {order}</source>
        <translation>Giải quyết tranh chấp của đơn {order}</translation>
    </message>
</context>
<context>
    <name>RecordTablePage</name>
    <message>
        <location filename="../../sellerdesk/ui/widgets/record_table.py" line="+288"/>
        <source>{n} shown</source>
        <extracomment>tables whose change means this page&apos;s rows may have changed</extracomment>
        <translation>{n} đang hiện</translation>
    </message>
</context>
<context>
    <name>ReplyPreview</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/use_reply.py" line="+60"/>
        <source>Fix the placeholder errors in the reply before using it.</source>
        <translation>Hãy sửa lỗi trường thay thế trong câu trả lời trước khi dùng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No value yet for {names}: it stays as written.</source>
        <translation>Chưa có giá trị cho {names}: giữ nguyên như đã viết.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an order to fill {names}.</source>
        <translation>Chọn một đơn để điền {names}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../sellerdesk/io/report_html.py" line="+29"/>
        <source>review of 2 stars or fewer</source>
        <translation>đánh giá 2 sao trở xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: not received</source>
        <translation>tranh chấp: chưa nhận được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: not as described</source>
        <translation>tranh chấp: không như mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: damaged</source>
        <translation>tranh chấp: bị hư hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: late</source>
        <translation>tranh chấp: giao trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case: other reason</source>
        <translation>tranh chấp: lý do khác</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{shop} — monthly report, {month}</source>
        <translation>{shop} — báo cáo tháng, {month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures as of {day}, the first day after the month: every window below ends with the month. `sellerdesk status --as-of {day}` gives the same figures.</source>
        <translation>Số liệu tính đến {day}, ngày đầu tiên sau tháng: mọi kỳ bên dưới kết thúc cùng tháng. `sellerdesk status --as-of {day}` cho cùng số liệu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month is not over: figures as of today, {day}.</source>
        <translation>Tháng chưa kết thúc: số liệu tính đến hôm nay, {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders placed in the month: &lt;b&gt;{orders}&lt;/b&gt; · sales: &lt;b&gt;{sales}&lt;/b&gt;</source>
        <translation>Đơn đặt trong tháng: &lt;b&gt;{orders}&lt;/b&gt; · doanh số: &lt;b&gt;{sales}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(canceled orders left out; sales of the orders in the shop&apos;s currency)</source>
        <translation>(không tính đơn đã hủy; doanh số các đơn theo đơn vị tiền của cửa hàng)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no orders</source>
        <translation>không có đơn</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>ODR</source>
        <translation>ODR</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Problem orders in the window</source>
        <translation>Đơn có vấn đề trong kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders in the window</source>
        <translation>Đơn trong kỳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem orders since the first sale</source>
        <translation>Đơn có vấn đề kể từ lần bán đầu tiên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. ODR at or over 1%</source>
        <translation>1. ODR từ 1% trở lên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. At least 3 problem orders since the first sale</source>
        <translation>2. Ít nhất 3 đơn có vấn đề kể từ lần bán đầu tiên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. At least 2 problem orders in the window</source>
        <translation>3. Ít nhất 2 đơn có vấn đề trong kỳ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer-service warning</source>
        <translation>Cảnh báo dịch vụ khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders placed {span}. The limit: below 1%. Etsy sends a warning only when all three criteria hold.</source>
        <translation>Đơn đặt trong {span}. Giới hạn: dưới 1%. Etsy chỉ gửi cảnh báo khi cả ba tiêu chí đều đúng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No orders in the window: the rate is not defined.</source>
        <translation>Không có đơn trong kỳ: chưa có tỷ lệ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more order(s) without a problem would bring the ODR back below 1%.</source>
        <translation>
            <numerusform>Thêm %n đơn không có vấn đề sẽ đưa ODR về dưới 1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Headroom: %n more problem order(s) in the window keep the ODR below 1%.</source>
        <translation>
            <numerusform>Dư địa: thêm %n đơn có vấn đề trong kỳ vẫn giữ ODR dưới 1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n đánh giá</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{orders}, {sales}, {days} since the first sale</source>
        <translation>{orders}, {sales}, {days} kể từ lần bán đầu tiên</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>No headroom: one more problem order in the window would put the ODR at or over 1%.</source>
        <translation>Hết dư địa: thêm một đơn có vấn đề trong kỳ sẽ đưa ODR lên 1% trở lên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With exclusions</source>
        <translation>Có loại trừ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strict (no exclusions)</source>
        <translation>Nghiêm ngặt (không loại trừ)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Messages answered within 48 h</source>
        <translation>Tin nhắn được trả lời trong 48 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>at least 80%</source>
        <translation>ít nhất 80%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders shipped on time</source>
        <translation>Đơn gửi đúng hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews of 3 stars or fewer</source>
        <translation>Đánh giá 3 sao trở xuống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 40 reviews: at most 4; else under 10%</source>
        <translation>dưới 40 đánh giá: tối đa 4; nếu không thì dưới 10%</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Cases refunded by the seller</source>
        <translation>Tranh chấp do người bán hoàn tiền</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>under 300 orders: at most 3; else under 1%</source>
        <translation>dưới 300 đơn: tối đa 3; nếu không thì dưới 1%</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Customer service standards, {span}</source>
        <translation>Tiêu chuẩn dịch vụ khách hàng, {span}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{sales} of {needed}</source>
        <translation>{sales} / {needed}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages answered within 24 h</source>
        <translation>Tin nhắn được trả lời trong 24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>at least 95%</source>
        <translation>ít nhất 95%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped on time with tracking</source>
        <translation>Gửi đúng hạn, có mã vận đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average rating</source>
        <translation>Điểm đánh giá trung bình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least 4.8</source>
        <translation>ít nhất 4,8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minimums</source>
        <translation>Mức tối thiểu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5 orders, 90 days</source>
        <translation>5 đơn, 90 ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Star Seller</source>
        <translation>Star Seller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not Star Seller</source>
        <translation>không phải Star Seller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star Seller, evaluated on {day} over {span}: {result}</source>
        <translation>Star Seller, đánh giá ngày {day} trên kỳ {span}: {result}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ODR over the last 12 months</source>
        <translation>ODR trong 12 tháng qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day&apos;s ODR over its own evaluation window; a dot marks a day a warning would have been sent.</source>
        <translation>ODR của từng ngày theo kỳ đánh giá riêng của ngày đó; dấu chấm đánh dấu ngày lẽ ra đã có cảnh báo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review {stars}★ on {day}</source>
        <translation>đánh giá {stars}★ ngày {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case ({reason}) opened {day}</source>
        <translation>tranh chấp ({reason}) mở ngày {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excluded: {reason}</source>
        <translation>loại trừ: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could be excluded: {reason}</source>
        <translation>có thể loại trừ: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>excluded</source>
        <translation>loại trừ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counts</source>
        <translation>được tính</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders counted</source>
        <translation>Đơn được tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders excluded</source>
        <translation>Đơn được loại trừ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Order</source>
        <translation>Đơn</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Ordered</source>
        <translation>Đặt hàng</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Enters</source>
        <translation>Vào kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODR then</source>
        <translation>ODR khi đó</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/io/report_pdf.py" line="+36"/>
        <source>ODR with exclusions</source>
        <translation>ODR có loại trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strict (no exclusions)</source>
        <translation>nghiêm ngặt (không loại trừ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1% limit</source>
        <translation>giới hạn 1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.75% approaching</source>
        <translation>0,75% sắp chạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning would be sent</source>
        <translation>sẽ có cảnh báo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the PDF…</source>
        <translation>Đang ghi PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written.</source>
        <translation>Đã ghi báo cáo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly report</source>
        <translation>Báo cáo tháng</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/report_dialog.py" line="+46"/>
        <location line="+69"/>
        <source>Monthly report</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report holds the month&apos;s ODR with the warning criteria, the service standards, Star Seller, the problem orders with their reasons and the 12-month trend. Its figures are those of the first day after the month, when every window ends with the month.</source>
        <translation>Báo cáo gồm ODR của tháng cùng các tiêu chí cảnh báo, các tiêu chuẩn dịch vụ, Star Seller, các đơn có vấn đề kèm lý do và xu hướng 12 tháng. Số liệu là của ngày đầu tiên sau tháng, khi mọi kỳ đều kết thúc cùng tháng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write report</source>
        <translation>Ghi báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF file:</source>
        <translation>Tệp PDF:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the report a file name, e.g. {name}.</source>
        <translation>Hãy đặt tên tệp cho báo cáo, ví dụ {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>Thư mục {folder} không tồn tại; hãy chọn nơi khác.</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <location line="+31"/>
        <source>Report for {month} written to {file} (figures as of {day}).</source>
        <translation>Đã ghi báo cáo {month} vào {file} (số liệu tính đến {day}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the monthly report…</source>
        <translation>Đang ghi báo cáo tháng…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly report</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Monthly report cancelled.</source>
        <translation>Đã hủy báo cáo tháng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be written ({error}); choose another file.</source>
        <translation>Không ghi được {file} ({error}); hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly report failed</source>
        <translation>Báo cáo tháng thất bại</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/review_case_dialogs.py" line="-70"/>
        <source>Resolve case</source>
        <translation>Giải quyết tranh chấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case on order {order}, opened {day} ({reason}).</source>
        <translation>Tranh chấp của đơn {order}, mở ngày {day} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolution</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed on</source>
        <translation>Ngày đóng</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/backups.py" line="+40"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up by you</source>
        <translation>Do bạn sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Trước khi nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen file</source>
        <translation>Tệp đã chọn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+99"/>
        <location line="+65"/>
        <location line="+7"/>
        <location line="+100"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Backups of {shop} in {folder}, newest first. Restoring replaces the shop with the backup; the shop as it is now is backed up first.</source>
        <translation>Các bản sao lưu của {shop} trong {folder}, mới nhất trước. Khôi phục sẽ thay cửa hàng bằng bản sao lưu; cửa hàng hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Tạo bởi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ODR that day</source>
        <translation>ODR ngày đó</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No backups yet. File &gt; Back up now… makes one.</source>
        <translation>Chưa có bản sao lưu nào. Tệp &gt; Sao lưu ngay… sẽ tạo một bản.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other &amp;file…</source>
        <translation>&amp;Tệp khác…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kept when backups rotate</source>
        <translation>Giữ lại khi xoay vòng bản sao lưu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The newest backups of all, then the newest backup of each of the last days, weeks and months that have one; older backups are deleted when the next one is made.</source>
        <translation>Các bản sao lưu mới nhất, rồi bản mới nhất của mỗi ngày, tuần và tháng gần đây có sao lưu; các bản cũ hơn bị xóa khi tạo bản tiếp theo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot be read: {error}</source>
        <translation>không đọc được: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged: {error}</source>
        <translation>bị hỏng: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older SellerDesk version (upgraded when restored)</source>
        <translation>phiên bản SellerDesk cũ hơn (được nâng cấp khi khôi phục)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders in the window</source>
        <translation>không có đơn trong kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} ({k} of {n})</source>
        <translation>{rate} ({k} / {n})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore a backup file</source>
        <translation>Khôi phục từ tệp sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SellerDesk shop (*.sellerdesk *.db);;All files (*)</source>
        <translation>Cửa hàng SellerDesk (*.sellerdesk *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is running; restore when it has finished.</source>
        <translation>Đang sao lưu; hãy khôi phục khi sao lưu xong.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln đơn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the shop with the backup of {date} {orders}? What the shop holds now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Thay cửa hàng bằng bản sao lưu ngày {date} {orders}? Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác bằng cách khôi phục bản đó.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>This shop is not kept in a file.</source>
        <translation>Cửa hàng này không được lưu trong tệp.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location line="-68"/>
        <source>Copying and checking the backup…</source>
        <translation>Đang sao chép và kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restore a backup</source>
        <extracomment>the restore ended: the backup of the replaced file (a Path, or None when there was no file), or False</extracomment>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+32"/>
        <source>Restore failed</source>
        <translation>Khôi phục thất bại</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restored the backup of {date}.</source>
        <translation>Đã khôi phục bản sao lưu ngày {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop as it was is kept in {path}.</source>
        <translation>Cửa hàng trước đó được giữ trong {path}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore cancelled; the shop was not changed.</source>
        <translation>Đã hủy khôi phục; cửa hàng không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup refused</source>
        <translation>Bản sao lưu bị từ chối</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restore stopped ({error}); the shop was not changed.</source>
        <translation>Khôi phục bị dừng ({error}); cửa hàng không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/record_dialogs.py" line="-187"/>
        <source>Edit review</source>
        <translation>Sửa đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add review</source>
        <translation>Thêm đánh giá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars (1-5)</source>
        <translation>Số sao (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded (seller protection)</source>
        <translation>Loại trừ (bảo vệ người bán)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not excluded</source>
        <translation>không loại trừ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order {order} already has a review on {day}</source>
        <translation>đơn {order} đã có đánh giá ngày {day}</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+4"/>
        <location filename="../../sellerdesk/ui/pages/reviews.py" line="+36"/>
        <source>Reviews</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/reviews.py" line="+1"/>
        <source>Search order id, buyer or review text  (Ctrl+F)</source>
        <translation>Tìm mã đơn, người mua hoặc nội dung đánh giá  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All reviews</source>
        <translation>Tất cả đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: 2 stars or fewer</source>
        <translation>Thấp: từ 2 sao trở xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 stars or fewer</source>
        <translation>Từ 3 sao trở xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting in the ODR (low, not excluded)</source>
        <translation>Tính vào ODR (thấp, không loại trừ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded (seller protection)</source>
        <translation>Loại trừ (bảo vệ người bán)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded: {reason}</source>
        <translation>Loại trừ: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add review…</source>
        <translation>Thêm đánh giá…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude / count again…</source>
        <translation>Loại trừ / tính lại…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a review to see it here. Ctrl+N adds one.</source>
        <translation>Chọn một đánh giá để xem tại đây. Ctrl+N để thêm đánh giá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded ({reason}): does not make the order a problem order.</source>
        <translation>Đã loại trừ ({reason}): đơn không bị tính là đơn có vấn đề.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2 stars or fewer: order {order} is a problem order in the ODR.</source>
        <translation>Từ 2 sao trở xuống: đơn {order} là đơn có vấn đề trong ODR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not affect the ODR.</source>
        <translation>Không ảnh hưởng đến ODR.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete reviews</source>
        <translation>Xóa đánh giá</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n review(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Xóa %n đánh giá? Có thể hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n review(s)</source>
        <translation>
            <numerusform>Xóa %n đánh giá</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleChoices</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_rules.py" line="+23"/>
        <source>Auto-replies count as answers for the 48-hour standard</source>
        <translation>Trả lời tự động được tính là trả lời cho tiêu chuẩn 48 giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy counts them for Star Seller and says nothing else about the 48-hour standard.</source>
        <translation>Etsy tính chúng cho Star Seller và không nói gì thêm về tiêu chuẩn 48 giờ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave out unanswered messages still inside their 48 hours</source>
        <translation>Bỏ qua tin nhắn chưa trả lời còn trong 48 giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They can still be answered in time; counting them early would lower the rate for a day or two.</source>
        <translation>Vẫn còn kịp trả lời; tính chúng sớm sẽ làm giảm tỷ lệ trong một hai ngày.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded reviews stay in the reviews figure&apos;s total</source>
        <translation>Đánh giá được loại trừ vẫn nằm trong tổng số đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller protection takes a review out of the low ones; Etsy does not say it removes the review.</source>
        <translation>Bảo vệ người bán đưa đánh giá ra khỏi nhóm đánh giá thấp; Etsy không nói là xóa đánh giá đó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded reviews count in the Star Seller average rating</source>
        <translation>Đánh giá được loại trừ vẫn tính vào điểm trung bình Star Seller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off by default: a review Etsy excused should not pull the average down.</source>
        <translation>Mặc định tắt: đánh giá Etsy đã bỏ qua không nên kéo điểm trung bình xuống.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place a seller-refunded case by its closed date (not its opened date)</source>
        <translation>Xếp tranh chấp do người bán hoàn tiền theo ngày đóng (không theo ngày mở)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund comes out of the seller&apos;s money when the case closes.</source>
        <translation>Tiền hoàn được trừ vào tiền của người bán khi tranh chấp đóng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A past day&apos;s figures count replies recorded after that day</source>
        <translation>Số liệu của một ngày đã qua tính cả câu trả lời ghi sau ngày đó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy&apos;s own figures are recomputed as records arrive; off shows what was known on the day.</source>
        <translation>Số liệu của Etsy được tính lại khi có thêm dữ liệu; tắt sẽ hiện những gì đã biết vào ngày đó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A thread is spam when its first message is marked spam</source>
        <translation>Cuộc trò chuyện là thư rác khi tin nhắn đầu tiên bị đánh dấu thư rác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy judges a thread by its first message; off: any message marked spam takes the thread out.</source>
        <translation>Etsy xét cuộc trò chuyện theo tin nhắn đầu tiên; tắt: bất kỳ tin nhắn nào bị đánh dấu thư rác đều loại cuộc trò chuyện ra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order dissatisfaction rate</source>
        <translation>Tỷ lệ đơn không hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message response (48 hours)</source>
        <translation>Phản hồi tin nhắn (48 giờ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of 3 stars or fewer</source>
        <translation>Đánh giá 3 sao trở xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case rate</source>
        <translation>Tỷ lệ tranh chấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star Seller, last evaluation: messages within 24 hours</source>
        <translation>Star Seller, lần đánh giá gần nhất: tin nhắn trong 24 giờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, last evaluation: average rating</source>
        <translation>Star Seller, lần đánh giá gần nhất: điểm trung bình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, last evaluation: case rate</source>
        <translation>Star Seller, lần đánh giá gần nhất: tỷ lệ tranh chấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, this period: messages within 24 hours</source>
        <translation>Star Seller, kỳ này: tin nhắn trong 24 giờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, this period: average rating</source>
        <translation>Star Seller, kỳ này: điểm trung bình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star Seller, this period: case rate</source>
        <translation>Star Seller, kỳ này: tỷ lệ tranh chấp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no reviews</source>
        <translation>không có đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{average} from {n} reviews</source>
        <translation>{average} từ {n} đánh giá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of {total} ({rate})</source>
        <translation>{count} / {total} ({rate})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules Etsy never published</source>
        <translation>Các quy tắc Etsy chưa từng công bố</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where Etsy published no rule, SellerDesk makes a choice. Each is a setting: change one, see which figures it moves, then save.</source>
        <translation>Khi Etsy không công bố quy tắc, SellerDesk tự chọn. Mỗi lựa chọn là một thiết lập: đổi một cái, xem nó làm thay đổi số liệu nào, rồi lưu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} Default: {default}.</source>
        <translation>{reason} Mặc định: {default}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What would change?</source>
        <translation>Điều gì sẽ thay đổi?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These are the settings in force: no figure changes.</source>
        <translation>Đây là các thiết lập đang áp dụng: không số liệu nào thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figure changes with today&apos;s records (the settings still apply from now on).</source>
        <translation>Không số liệu nào thay đổi với dữ liệu hôm nay (thiết lập vẫn áp dụng từ giờ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{figure}: {before} → {after}</source>
        <translation>{figure}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving these settings would change:</source>
        <translation>Lưu các thiết lập này sẽ thay đổi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would change</source>
        <translation>Điều sẽ thay đổi</translation>
    </message>
</context>
<context>
    <name>SavedRepliesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+6"/>
        <location filename="../../sellerdesk/ui/pages/saved_replies.py" line="+48"/>
        <source>Saved replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/saved_replies.py" line="+12"/>
        <source>Search titles, text and tags</source>
        <translation>Tìm theo tiêu đề, nội dung và thẻ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reply</source>
        <translation>Câu trả lời mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma-separated, e.g. shipping, delay</source>
        <translation>cách nhau bằng dấu phẩy, ví dụ giao hàng, chậm trễ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert placeholder</source>
        <translation>Chèn trường thay thế</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview and copy</source>
        <translation>Xem trước và sao chép</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill for order</source>
        <translation>Điền cho đơn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log it as my reply to this order now</source>
        <translation>Ghi ngay làm câu trả lời của tôi cho đơn này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds your reply to the order&apos;s conversation at this moment, so it counts for your response times.</source>
        <translation>Thêm câu trả lời của bạn vào hội thoại của đơn vào lúc này, để được tính vào thời gian phản hồi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>used {n}×, last {when}</source>
        <translation>đã dùng {n}×, lần cuối {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not used yet</source>
        <translation>chưa dùng</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Used {n}×, last {when}</source>
        <translation>Đã dùng {n}×, lần cuối {when}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no order — placeholders stay as written)</source>
        <translation>(không có đơn — trường thay thế giữ nguyên)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>… and {n} more</source>
        <translation>… và {n} mục nữa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Title needed</source>
        <translation>Cần tiêu đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the reply a title so you can find it.</source>
        <translation>Hãy đặt tiêu đề cho câu trả lời để dễ tìm lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text needed</source>
        <translation>Cần nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The reply has no text yet.</source>
        <translation>Câu trả lời chưa có nội dung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placeholder errors</source>
        <translation>Lỗi trường thay thế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply was not saved. Fix these first:
{errors}</source>
        <translation>Câu trả lời chưa được lưu. Hãy sửa các lỗi sau trước:
{errors}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New saved reply “{t}”</source>
        <translation>Câu trả lời mẫu mới “{t}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit saved reply “{t}”</source>
        <translation>Sửa câu trả lời mẫu “{t}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete saved reply</source>
        <translation>Xóa câu trả lời mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{t}”? You can undo this with Ctrl+Z.</source>
        <translation>Xóa “{t}”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete saved reply “{t}”</source>
        <translation>Xóa câu trả lời mẫu “{t}”</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="+9"/>
        <location filename="../../sellerdesk/ui/pages/settings.py" line="+44"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings.py" line="+11"/>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shop name</source>
        <translation>Tên cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order dissatisfaction rate window</source>
        <translation>Kỳ tính tỷ lệ đơn hàng không hài lòng</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Etsy never published the window&apos;s offset. Default: {w} days ending {l} days ago (orders placed 90 to 30 days ago). A lag of 0 gives “the last {w} days”.</source>
        <translation>Etsy chưa bao giờ công bố độ lệch của kỳ. Mặc định: {w} ngày, kết thúc {l} ngày trước (đơn đặt từ 90 đến 30 ngày trước). Độ lệch 0 nghĩa là “{w} ngày gần nhất”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window length</source>
        <translation>Độ dài kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag before the as-of day</source>
        <translation>Độ lệch so với ngày tính</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a system tray notification of what needs doing today</source>
        <translation>Hiện thông báo ở khay hệ thống về việc cần làm hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save shop settings</source>
        <translation>Lưu cài đặt cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>System default</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(applies the next time SellerDesk starts)</source>
        <translation>(áp dụng từ lần khởi động SellerDesk tiếp theo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Shop name: a name is required.</source>
        <translation>Tên cửa hàng: bắt buộc phải có tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency: &apos;{c}&apos; is not a three-letter code such as USD or EUR.</source>
        <translation>Tiền tệ: &apos;{c}&apos; không phải mã ba chữ cái như USD hoặc EUR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone: &apos;{tz}&apos; is not a time zone; pick one from the list, e.g. America/New_York or Europe/Rome.</source>
        <translation>Múi giờ: &apos;{tz}&apos; không phải múi giờ; hãy chọn trong danh sách, ví dụ America/New_York hoặc Asia/Ho_Chi_Minh.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings not saved</source>
        <translation>Chưa lưu cài đặt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shop settings</source>
        <translation>Cài đặt cửa hàng</translation>
    </message>
</context>
<context>
    <name>ShippingProfilesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/__init__.py" line="-3"/>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+23"/>
        <source>Shipping profiles</source>
        <translation>Hồ sơ vận chuyển</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+4"/>
        <source>Each order&apos;s ship-by date is its order date plus the profile&apos;s longest processing time in business days (weekends and your holidays never count); its estimated delivery adds the transit time. Custom orders keep their own processing time.</source>
        <translation>Hạn gửi hàng của mỗi đơn là ngày đặt cộng thời gian xử lý dài nhất của hồ sơ, tính theo ngày làm việc (không tính cuối tuần và ngày nghỉ lễ của bạn); ngày giao dự kiến cộng thêm thời gian vận chuyển. Đơn làm riêng giữ thời gian xử lý riêng.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New profile</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for new orders</source>
        <translation>Dùng cho đơn mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to orders…</source>
        <translation>Gán cho đơn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels and packing slips…</source>
        <translation>Nhãn và phiếu đóng gói…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Listings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sản phẩm đăng bán&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New shipping profile “{n}”</source>
        <translation>Hồ sơ vận chuyển mới “{n}”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit shipping profile “{n}”</source>
        <translation>Sửa hồ sơ vận chuyển “{n}”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and recompute %n open order(s)</source>
        <translation>
            <numerusform> và tính lại %n đơn đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The new times of “{name}” change the ship-by date of %n open order(s) and the estimated delivery of {total}. Recompute them now? (One undo step.)</source>
        <translation>
            <numerusform>Thời gian mới của “{name}” làm đổi hạn gửi hàng của %n đơn đang mở và ngày giao dự kiến của {total} đơn. Tính lại ngay? (Hoàn tác một bước.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Recompute %n</source>
        <translation>
            <numerusform>Tính lại %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Delete “{name}”? %n order(s) use it and will have no profile (their dates stay). You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Xóa “{name}”? %n đơn đang dùng hồ sơ này và sẽ không còn hồ sơ (giữ nguyên ngày). Có thể hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Assign “{name}” to %n order(s)</source>
        <translation>
            <numerusform>Gán “{name}” cho %n đơn</numerusform>
        </translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Recompute open orders?</source>
        <translation>Tính lại các đơn đang mở?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep their dates</source>
        <translation>Giữ nguyên ngày</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete shipping profile</source>
        <translation>Xóa hồ sơ vận chuyển</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete shipping profile “{n}”</source>
        <translation>Xóa hồ sơ vận chuyển “{n}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default shipping profile for new orders</source>
        <translation>Hồ sơ vận chuyển mặc định cho đơn mới</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assign “{n}” to orders</source>
        <translation>Gán “{n}” cho đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the open orders to ship with “{n}”. Non-custom orders take its processing time, and their ship-by date and estimated delivery are recomputed.</source>
        <translation>Chọn các đơn đang mở sẽ gửi bằng “{n}”. Đơn không làm riêng sẽ theo thời gian xử lý của hồ sơ, hạn gửi hàng và ngày giao dự kiến được tính lại.</translation>
    </message>
</context>
<context>
    <name>ShopGuard</name>
    <message>
        <location filename="../../sellerdesk/ui/shop_guard.py" line="+51"/>
        <source>Not changed</source>
        <translation>Không thay đổi</translation>
    </message>
</context>
<context>
    <name>ShopProblem</name>
    <message>
        <location filename="../../sellerdesk/ui/shop_problem.py" line="+43"/>
        <source>Cannot open the shop</source>
        <translation>Không mở được cửa hàng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another shop…</source>
        <translation>Mở cửa hàng khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New shop…</source>
        <translation>Cửa hàng mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is busy: another program is using it.</source>
        <translation>{name} đang bận: một chương trình khác đang dùng nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} cannot be opened: it is damaged or not a shop file.</source>
        <translation>Không mở được {name}: tệp bị hỏng hoặc không phải tệp cửa hàng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be opened.</source>
        <translation>Không mở được {name}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open shop file</source>
        <translation>Mở tệp cửa hàng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New shop file</source>
        <translation>Tệp cửa hàng mới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} đã tồn tại; hãy chọn tên mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>Tệp đã tồn tại</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore here</source>
        <translation>Không khôi phục được ở đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder: open or create a shop file, then restore into it.</source>
        <translation>{path} là một thư mục: hãy mở hoặc tạo một tệp cửa hàng rồi khôi phục vào đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot restore this backup</source>
        <translation>Không khôi phục được bản sao lưu này</translation>
    </message>
</context>
<context>
    <name>ShopSession</name>
    <message>
        <location filename="../../sellerdesk/ui/session.py" line="+184"/>
        <source>{path} is open read-only (the file or its folder cannot be written), so edits are off and nothing was changed. Make it writable, or save a copy where you can write, and open that.</source>
        <extracomment>How long an edit waits for another program&apos;s write (an import) before the window says the shop is busy. tables that changed (after any committed write: an edit, an undo, an import) the as-of day moved (midnight, or the user picked another day) an edit, undo or redo was not made: the message says why and what to do a note for the status bar while edits wait for another program (&quot;&quot; when they are done) (day, capacity section) kept across edits that cannot change it (CAPACITY_BLIND)</extracomment>
        <translation>{path} đang mở ở chế độ chỉ đọc (không ghi được tệp hoặc thư mục), nên chỉnh sửa bị tắt và không có gì thay đổi. Hãy cho phép ghi, hoặc lưu một bản sao ở nơi ghi được rồi mở bản đó.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The shop is busy: another program (an import?) is writing. Your edit waits its turn…</source>
        <translation>Cửa hàng đang bận: một chương trình khác (đang nhập dữ liệu?) đang ghi. Chỉnh sửa của bạn đang chờ đến lượt…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>{path} stayed busy for {s} seconds: another program is writing to it. %n edit(s) were not made. Wait for it to finish and try again.</source>
        <translation>
            <numerusform>{path} bận suốt {s} giây: một chương trình khác đang ghi vào. %n chỉnh sửa chưa được thực hiện. Hãy đợi chương trình đó xong rồi thử lại.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../sellerdesk/ui/sidebar.py" line="+166"/>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a page; Ctrl+1 to Ctrl+8 open them from anywhere.</source>
        <translation>Chọn một trang; Ctrl+1 đến Ctrl+8 mở chúng từ bất cứ đâu.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n order(s) to ship today</source>
        <translation>
            <numerusform>%n đơn cần gửi hôm nay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n of them late</source>
        <translation>
            <numerusform>, %n đơn đã trễ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) waiting for a reply</source>
        <translation>
            <numerusform>%n tin nhắn đang chờ trả lời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n tranh chấp đang mở</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../sellerdesk/ui/today.py" line="+254"/>
        <source>Today in your shop</source>
        <translation>Hôm nay ở cửa hàng</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>SellerDesk: %n thing(s) to do today</source>
        <translation>
            <numerusform>SellerDesk: %n việc cần làm hôm nay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n thing(s) to do, {late} urgent. Open SellerDesk&apos;s Today panel.</source>
        <translation>
            <numerusform>%n việc cần làm, {late} việc gấp. Mở bảng Hôm nay của SellerDesk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Labels and packing slips…</source>
        <translation>Nhãn và &amp;phiếu đóng gói…</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location line="-218"/>
        <source>Click an item to open its record.</source>
        <translation>Nhấp vào một mục để mở bản ghi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels for today&apos;s orders…</source>
        <translation>Nhãn cho đơn hôm nay…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Longer processing…</source>
        <translation>Xử lý lâu hơn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacation mode…</source>
        <translation>Chế độ nghỉ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message buyers…</source>
        <translation>Nhắn cho người mua…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders are coming in faster than the shop ships: give new orders a longer processing time, pause the shop, or tell the buyers.</source>
        <translation>Đơn đến nhanh hơn tốc độ cửa hàng gửi hàng: hãy kéo dài thời gian xử lý cho đơn mới, tạm dừng cửa hàng, hoặc báo cho người mua.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue: ship now</source>
        <translation>Quá hạn: gửi ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship today</source>
        <translation>Gửi hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At this pace, will miss the ship-by date</source>
        <translation>Với nhịp độ này sẽ trễ hạn gửi hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages waiting for a reply</source>
        <translation>Tin nhắn chờ trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date passed, not delivered</source>
        <translation>Quá ngày giao, chưa nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Tranh chấp đang mở</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing needs doing today. 🎉</source>
        <translation>Hôm nay không có việc gì. 🎉</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) to do today ({day}).</source>
        <translation>
            <numerusform>%n việc cần làm hôm nay ({day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>{name} · ship-by {due}, %n day(s) late</source>
        <translation>
            <numerusform>{name} · hạn gửi {due}, trễ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Case on order {order}</source>
        <translation>Tranh chấp về đơn {order}</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>What can I do about late orders?</source>
        <translation>Tôi có thể làm gì với các đơn bị trễ?</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{reason}, opened {day}</source>
        <translation>{reason}, mở ngày {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Order {order}</source>
        <translation>Đơn {order}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Conversation {thread}</source>
        <translation>Cuộc trò chuyện {thread}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>24 h deadline in {time}</source>
        <translation>hạn 24 giờ còn {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 h missed; 48 h in {time}</source>
        <translation>đã quá 24 giờ; hạn 48 giờ còn {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting {time}: 48 h passed</source>
        <translation>đã chờ {time}: quá 48 giờ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at this pace ships {day}</source>
        <translation>với nhịp độ này sẽ gửi ngày {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing shipped lately to get to it</source>
        <translation>gần đây không gửi đơn nào để tới lượt nó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · ship-by {due}, {when}</source>
        <translation>{name} · hạn gửi {due}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} · EDD {edd} passed, still {status}</source>
        <translation>{name} · đã quá ngày giao dự kiến {edd}, vẫn {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · custom</source>
        <translation> · đặt làm riêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · ordered during vacation</source>
        <translation> · đặt trong kỳ nghỉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order} (late)</source>
        <translation>Đơn {order} (trễ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} min</source>
        <translation>{n} phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} h</source>
        <translation>{n} giờ</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../../sellerdesk/ui/upgrade.py" line="+46"/>
        <source>Upgrading {name} for this version of SellerDesk; a copy of it is kept first…</source>
        <translation>Đang nâng cấp {name} cho phiên bản SellerDesk này; một bản sao được giữ lại trước…</translation>
    </message>
</context>
<context>
    <name>UseReply</name>
    <message>
        <location filename="../../sellerdesk/ui/dialogs/use_reply.py" line="+26"/>
        <source>Reply has errors</source>
        <translation>Câu trả lời có lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reply has placeholder errors:
{errors}
Fix them on the Saved replies page first.</source>
        <translation>Câu trả lời này có lỗi trường thay thế:
{errors}
Hãy sửa ở trang Câu trả lời mẫu trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some values are missing</source>
        <translation>Thiếu một số giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order has no value for {names}; the text keeps them as written. Copy anyway?</source>
        <translation>Đơn này không có giá trị cho {names}; nội dung sẽ giữ nguyên như đã viết. Vẫn sao chép?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply to order {order}</source>
        <translation>Trả lời đơn {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved reply</source>
        <translation>Sao chép câu trả lời mẫu</translation>
    </message>
</context>
<context>
    <name>UseReplyDialog</name>
    <message>
        <location line="+22"/>
        <source>Use a saved reply — order {order}</source>
        <translation>Dùng câu trả lời mẫu — đơn {order}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search titles, text and tags</source>
        <translation>Tìm theo tiêu đề, nội dung và thẻ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log it as my reply to this conversation now (counts for response times)</source>
        <translation>Ghi ngay làm câu trả lời của tôi trong hội thoại này (tính vào thời gian phản hồi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>VacationBanner</name>
    <message>
        <location filename="../../sellerdesk/ui/vacation_banner.py" line="+19"/>
        <source>Vacation</source>
        <translation>Kỳ nghỉ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>back {day}</source>
        <translation>trở lại {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto-reply “{t}”</source>
        <translation>trả lời tự động “{t}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no auto-reply chosen (Settings)</source>
        <translation>chưa chọn trả lời tự động (Cài đặt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>🌴 On vacation {range} ({back}); {auto}. Orders placed now are flagged.</source>
        <translation>🌴 Đang nghỉ {range} ({back}); {auto}. Đơn đặt lúc này sẽ được đánh dấu.</translation>
    </message>
</context>
<context>
    <name>VacationSection</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+47"/>
        <source>Vacation mode</source>
        <translation>Chế độ nghỉ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While the shop is on vacation a banner shows, orders placed then are flagged, and buyer messages answered by your auto-reply count as replied (Star Seller counts auto-replies).</source>
        <translation>Khi cửa hàng đang nghỉ, một biểu ngữ sẽ hiện, đơn đặt trong thời gian đó được đánh dấu, và tin nhắn của người mua đã có trả lời tự động được tính là đã trả lời (Star Seller tính cả trả lời tự động).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-reply</source>
        <translation>Trả lời tự động</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders placed</source>
        <translation>Đơn đã đặt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add vacation</source>
        <translation>Thêm kỳ nghỉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-reply</source>
        <translation>trả lời tự động</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete selected</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the auto-replies Etsy sent…</source>
        <translation>Ghi các trả lời tự động Etsy đã gửi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the auto-reply to every first buyer message received during the selected vacation that has no reply yet, so it counts as replied.</source>
        <translation>Thêm trả lời tự động vào mọi tin nhắn đầu tiên của người mua nhận trong kỳ nghỉ đã chọn mà chưa có trả lời, để được tính là đã trả lời.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check the dates</source>
        <translation>Kiểm tra ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vacation ends ({end}) before it starts ({start}).</source>
        <translation>Kỳ nghỉ kết thúc ({end}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overlapping vacation</source>
        <translation>Kỳ nghỉ bị trùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It overlaps the vacation {range}; delete or change that one first.</source>
        <translation>Trùng với kỳ nghỉ {range}; hãy xóa hoặc sửa kỳ nghỉ đó trước.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacation {range}</source>
        <translation>Kỳ nghỉ {range}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete vacation</source>
        <translation>Xóa kỳ nghỉ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a vacation</source>
        <translation>Chọn một kỳ nghỉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a vacation in the list first.</source>
        <translation>Hãy chọn một kỳ nghỉ trong danh sách trước.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to log</source>
        <translation>Không có gì để ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every first message received during this vacation already has a reply.</source>
        <translation>Mọi tin nhắn đầu tiên nhận trong kỳ nghỉ này đều đã có trả lời.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Log %n vacation auto-reply(s)</source>
        <translation>
            <numerusform>Ghi %n trả lời tự động khi nghỉ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../sellerdesk/io/words.py" line="+29"/>
        <source>open</source>
        <extracomment>stored codes (order status, case reason and resolution, exclusion reason, sender, order flag) -&gt; words</extracomment>
        <translation>đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>đã giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not received</source>
        <translation>không nhận được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not as described</source>
        <translation>không đúng mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>bị hư hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+6"/>
        <source>late</source>
        <extracomment>order flag words (orders table and order detail)</extracomment>
        <translation>trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded by seller</source>
        <translation>người bán hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded by Etsy</source>
        <translation>Etsy hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed for seller</source>
        <translation>đóng, có lợi cho người bán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by buyer</source>
        <translation>người mua đã đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrier delay</source>
        <translation>hãng vận chuyển chậm trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost in transit, shipped on time</source>
        <translation>thất lạc khi vận chuyển, đã gửi đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural disaster</source>
        <translation>thiên tai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abusive review</source>
        <translation>đánh giá lạm dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accidental case</source>
        <translation>tranh chấp mở nhầm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer</source>
        <translation>người mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seller</source>
        <translation>người bán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>etsy</source>
        <translation>Etsy</translation>
    </message>
    <message>
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+1"/>
        <source>due today</source>
        <translation>hạn gửi hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>làm riêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem order</source>
        <translation>đơn có vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vacation</source>
        <translation>kỳ nghỉ</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../sellerdesk/ui/welcome.py" line="+94"/>
        <source>Standard shipping</source>
        <extracomment>Currencies Etsy lets a shop sell in (the first ones are the most common).</extracomment>
        <translation>Vận chuyển tiêu chuẩn</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="+28"/>
        <source>Welcome to SellerDesk</source>
        <translation>Chào mừng đến với SellerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First start: choose how to begin.</source>
        <translation>Lần đầu sử dụng: hãy chọn cách bắt đầu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;Welcome to SellerDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chào mừng đến với SellerDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SellerDesk keeps your orders, messages, reviews and cases in a file on this computer and shows how your shop stands against Etsy&apos;s standards. How would you like to begin?</source>
        <translation>SellerDesk lưu đơn hàng, tin nhắn, đánh giá và tranh chấp của bạn trong một tệp trên máy này và cho thấy cửa hàng của bạn đang ở đâu so với các tiêu chuẩn của Etsy. Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import my Etsy downloads</source>
        <translation>Nhập các tệp tôi đã tải từ Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orders, order items and reviews files you downloaded from Etsy, or a folder of them.</source>
        <translation>Các tệp đơn hàng, sản phẩm trong đơn và đánh giá bạn đã tải từ Etsy, hoặc một thư mục chứa chúng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo shop</source>
        <translation>Dùng thử cửa hàng mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up shop with a year of orders, in its own file: your shop stays untouched.</source>
        <translation>Một cửa hàng giả lập với một năm đơn hàng, trong tệp riêng: cửa hàng của bạn không bị đụng tới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an empty shop</source>
        <translation>Bắt đầu với cửa hàng trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your shop&apos;s name, currency, time zone and usual processing time; add orders as they come.</source>
        <translation>Nhập tên cửa hàng, đơn vị tiền, múi giờ và thời gian xử lý thường lệ; thêm đơn khi có.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your shop will be saved in {path}</source>
        <translation>Cửa hàng của bạn sẽ được lưu trong {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;Import my Etsy downloads&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nhập các tệp tôi đã tải từ Etsy&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Etsy: Shop Manager &gt; Settings &gt; Options &gt; Download Data. Download the Orders and Order Items files of each year (EtsySoldOrders2024.csv, EtsySoldOrderItems2024.csv…) and your reviews (a .json file). Choose the files, or the folder that holds them: you will see what they hold before anything is saved.</source>
        <translation>Trên Etsy: Shop Manager &gt; Settings &gt; Options &gt; Download Data. Tải các tệp Orders và Order Items của từng năm (EtsySoldOrders2024.csv, EtsySoldOrderItems2024.csv…) và các đánh giá của bạn (tệp .json). Chọn các tệp, hoặc thư mục chứa chúng: bạn sẽ thấy nội dung trước khi có gì được lưu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose files…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;Start an empty shop&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bắt đầu với cửa hàng trống&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <source>My shop</source>
        <translation>Cửa hàng của tôi</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Processing time, from</source>
        <translation>Thời gian xử lý, từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing time, to</source>
        <translation>Thời gian xử lý, đến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>business days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Tên cửa hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>Đơn vị &amp;tiền:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Múi giờ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;processing time:</source>
        <translation>Thời gian &amp;xử lý thường lệ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The processing time becomes your default shipping profile: new orders get their ship-by date from it. You can change it, and add profiles, on the Shipping profiles page.</source>
        <translation>Thời gian xử lý trở thành hồ sơ vận chuyển mặc định: đơn mới lấy hạn gửi hàng từ đó. Bạn có thể đổi nó và thêm hồ sơ ở trang Hồ sơ vận chuyển.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create shop</source>
        <translation>Tạo cửa hàng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose your Etsy downloads</source>
        <translation>Chọn các tệp đã tải từ Etsy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etsy downloads (*.csv *.json *.txt *.tsv);;All files (*)</source>
        <translation>Tệp tải từ Etsy (*.csv *.json *.txt *.tsv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the folder of your Etsy downloads</source>
        <translation>Chọn thư mục chứa các tệp đã tải từ Etsy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The currency must be a three-letter code such as USD or EUR.</source>
        <translation>Đơn vị tiền phải là mã ba chữ cái như USD hoặc EUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>Múi giờ không xác định “{zone}”: hãy chọn một múi giờ trong danh sách.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The processing time ends before it starts: the second number must be the larger.</source>
        <translation>Thời gian xử lý kết thúc trước khi bắt đầu: số thứ hai phải lớn hơn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the demo shop…</source>
        <translation>Đang tạo cửa hàng mẫu…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not make the demo shop: {error}</source>
        <translation>Không tạo được cửa hàng mẫu: {error}</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/panels.py" line="+14"/>
        <source>What if… (nothing is saved)</source>
        <translation>Giả sử… (không lưu gì)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hypothetical low reviews or cases on orders in the window (negative: fewer problem orders)</source>
        <translation>Giả định đánh giá thấp hoặc tranh chấp trên đơn trong kỳ (số âm: ít đơn có vấn đề hơn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hypothetical clean orders in the window (negative: fewer orders)</source>
        <translation>Giả định đơn không vấn đề trong kỳ (số âm: ít đơn hơn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem orders:</source>
        <translation>Đơn có vấn đề:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean orders:</source>
        <translation>Đơn không vấn đề:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Showing a what-if&lt;/b&gt; — the gauges include hypothetical orders</source>
        <translation>&lt;b&gt;Đang giả định&lt;/b&gt; — các chỉ số gồm cả đơn giả định</translation>
    </message>
</context>
</TS>
