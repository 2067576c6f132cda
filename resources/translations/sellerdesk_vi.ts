<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
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
        <location filename="../../sellerdesk/ui/pages/cases.py" line="+29"/>
        <source>Cases</source>
        <translation>Tranh chấp</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+3"/>
        <source>Excluded ({reason}): does not make the order a problem order.</source>
        <translation>Đã loại trừ ({reason}): đơn không bị tính là đơn có vấn đề.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} is a problem order in the ODR, whatever the resolution.</source>
        <translation>Đơn {order} là đơn có vấn đề trong ODR, bất kể kết quả ra sao.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete cases</source>
        <translation>Xóa tranh chấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete {n} case(s)? You can undo this with Ctrl+Z.</source>
        <translation>Xóa {n} tranh chấp? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {n} case(s)</source>
        <translation>Xóa {n} tranh chấp</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../sellerdesk/ui/widgets/charts.py" line="+196"/>
        <source>Loading chart…</source>
        <translation>Đang tải biểu đồ…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>PNG…</source>
        <extracomment>draws one chart on a fresh Figure; runs on the chart worker, so it must not touch widgets (texts are translated when the drawer is made, on the GUI thread)</extracomment>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a PNG image</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <location line="+71"/>
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
        <location line="+24"/>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not save {path}: {error}</source>
        <translation>Không lưu được {path}: {error}</translation>
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
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{c}&lt;/b&gt; more clean orders in the window would bring the ODR back under 1%.</source>
        <translation>Thêm &lt;b&gt;{c}&lt;/b&gt; đơn không vấn đề trong kỳ sẽ đưa ODR về dưới 1%.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headroom: &lt;b&gt;{h}&lt;/b&gt; more problem orders keep you under 1% ({n} orders in the window).</source>
        <translation>Dư địa: thêm &lt;b&gt;{h}&lt;/b&gt; đơn có vấn đề vẫn dưới 1% ({n} đơn trong kỳ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{x} problem orders are excluded by seller protection; the strict column counts them.</source>
        <translation>{x} đơn có vấn đề được loại trừ nhờ bảo vệ người bán; cột nghiêm ngặt vẫn tính chúng.</translation>
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
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+19"/>
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
        <location line="+12"/>
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
        <location line="+3"/>
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
        <location line="-57"/>
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
        <location line="+16"/>
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
    <message>
        <location line="+9"/>
        <source>{k} problem of {n} orders — {verdict}
window {window}</source>
        <translation>{k}/{n} đơn có vấn đề — {verdict}
kỳ {window}</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <message>
        <location line="+32"/>
        <source>{c} {noun}, {t} {of}
allowed: {a}</source>
        <translation>{c} {noun}, {t} {of}
tối đa: {a}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No reviews yet
target ≥ 4.8</source>
        <translation>Chưa có đánh giá
mục tiêu ≥ 4.8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} reviews
target ≥ 4.8</source>
        <translation>{n} đánh giá
mục tiêu ≥ 4.8</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/page.py" line="+52"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+203"/>
        <source>Star Seller</source>
        <translation>Star Seller</translation>
    </message>
    <message>
        <location line="-185"/>
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
        <location line="+15"/>
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
        <location line="+1"/>
        <source> (a past day)</source>
        <translation> (một ngày trước đây)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders with a review of 2 stars or fewer or a case, of the orders placed in the window; keep it below 1%.</source>
        <translation>Số đơn có đánh giá từ 2 sao trở xuống hoặc có tranh chấp, trên tổng số đơn đặt trong kỳ; hãy giữ dưới 1%.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer Service Standards, {start} – {end} (90 days)</source>
        <translation>Tiêu chuẩn chăm sóc khách hàng, {start} – {end} (90 ngày)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
        <source>low</source>
        <translation>thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviews</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under 40 reviews: at most 4 of 3 stars or fewer; otherwise under 10%.</source>
        <translation>Dưới 40 đánh giá: tối đa 4 đánh giá từ 3 sao trở xuống; nếu không thì dưới 10%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seller-refunded cases</source>
        <translation>Tranh chấp người bán hoàn tiền</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>cases</source>
        <translation>tranh chấp</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>orders</source>
        <translation>đơn</translation>
    </message>
    <message>
        <location line="-25"/>
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
        <location line="+6"/>
        <source>Seller-refunded cases must meet the case standard.</source>
        <translation>Tranh chấp người bán hoàn tiền phải đạt tiêu chuẩn về tranh chấp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Star Seller — running period {start} – {end}, evaluated {next}</source>
        <translation>Star Seller — kỳ hiện tại {start} – {end}, xét ngày {next}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last evaluation ({on}): &lt;b&gt;{verdict}&lt;/b&gt;. Running period minimums: {orders} of {need} orders, sales {sales} of {sales_need} {cur}, {days} days since the first sale (90 needed): &lt;b&gt;{met}&lt;/b&gt;.</source>
        <translation>Lần xét gần nhất ({on}): &lt;b&gt;{verdict}&lt;/b&gt;. Mức tối thiểu của kỳ hiện tại: {orders}/{need} đơn, doanh số {sales}/{sales_need} {cur}, {days} ngày kể từ lần bán đầu tiên (cần 90): &lt;b&gt;{met}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not Star Seller</source>
        <translation>không đạt Star Seller</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
        <source>Monthly on-time shipping and message response rates against the 80% standard and 95% Star Seller.</source>
        <translation>Tỷ lệ gửi hàng đúng hạn và phản hồi tin nhắn theo tháng so với tiêu chuẩn 80% và mức 95% của Star Seller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviews by star rating.</source>
        <translation>Đánh giá theo số sao.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problem orders placed in the last 12 months, by cause.</source>
        <translation>Đơn có vấn đề đặt trong 12 tháng qua, theo nguyên nhân.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The ODR for the next 90 days with the recent daily order volume and no new problem orders.</source>
        <translation>ODR trong 90 ngày tới với lượng đơn hằng ngày gần đây và không có đơn có vấn đề mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; problem orders placed after the window will enter it. {cross}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; đơn có vấn đề đặt sau kỳ sẽ vào kỳ đánh giá. {cross}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If nothing else changes the ODR reaches 1% on &lt;b&gt;{d}&lt;/b&gt; ({r}).</source>
        <translation>Nếu không có gì thay đổi, ODR sẽ chạm 1% vào &lt;b&gt;{d}&lt;/b&gt; ({r}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If nothing else changes the ODR stays below 1% for the next 90 days.</source>
        <translation>Nếu không có gì thay đổi, ODR sẽ dưới 1% trong 90 ngày tới.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every problem order placed since the window started ({start}); excluded ones are greyed. Double-click an order to open it. {s} could be protected.</source>
        <translation>Mọi đơn có vấn đề đặt từ đầu kỳ ({start}); đơn được loại trừ hiện màu xám. Nhấp đúp vào một đơn để mở. {s} đơn có thể được bảo vệ.</translation>
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
        <location line="+62"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="-61"/>
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
    <message>
        <location line="+12"/>
        <source>Exported {n} records into {folder}.</source>
        <translation>Đã xuất {n} bản ghi vào {folder}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export this page&apos;s records</source>
        <translation>Xuất các bản ghi của trang này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported {n} records into {file}.</source>
        <translation>Đã xuất {n} bản ghi vào {file}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>HolidaySection</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+55"/>
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
        <location line="+85"/>
        <source>Holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location line="-77"/>
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
        <location line="+14"/>
        <source>Load fixed-date holidays</source>
        <translation>Nạp ngày lễ cố định</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+32"/>
        <source>Not applied yet. With this calendar {moved} open order(s) get a different ship-by date and {total} a different estimated delivery.</source>
        <translation>Chưa áp dụng. Với lịch này, {moved} đơn đang mở sẽ đổi hạn gửi hàng và {total} đơn đổi ngày giao dự kiến.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} open order(s) have dates computed before the current calendar; Apply recomputes them.</source>
        <translation>{total} đơn đang mở có ngày được tính trước lịch hiện tại; Áp dụng sẽ tính lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All open orders&apos; dates follow this calendar.</source>
        <translation>Ngày của mọi đơn đang mở đều theo lịch này.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Holiday calendar ({n} days)</source>
        <translation>Lịch nghỉ lễ ({n} ngày)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {n} open order(s) moved</source>
        <translation>, dời {n} đơn đang mở</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../sellerdesk/ui/import_flow.py" line="+78"/>
        <source>Reading {n} file(s)…</source>
        <extracomment>the preview (or problems) dialog is open; tests answer it the import ended: the report, or None (cancelled, failed, nothing to do)</extracomment>
        <translation>Đang đọc {n} tệp…</translation>
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
        <location line="+1"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../../sellerdesk/ui/dialogs/import_preview.py" line="+26"/>
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
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="+57"/>
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
        <location line="+14"/>
        <location line="+74"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+13"/>
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
        <location line="+0"/>
        <source>no shipping profile (no ship-by date)</source>
        <translation>không có hồ sơ vận chuyển (không có hạn gửi hàng)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Nothing is written until you press Import. {orders} new and {updated} updated orders.</source>
        <translation>Chưa ghi gì cho đến khi bạn bấm Nhập. {orders} đơn mới và {updated} đơn cập nhật.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to import: every record in these files is already in the shop as they have it.</source>
        <translation>Không có gì để nhập: mọi bản ghi trong các tệp này đã có trong cửa hàng đúng như vậy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Nothing was imported: %n problem(s) found. Fix the file(s) and import again; the shop was not changed.</source>
        <translation>
            <numerusform>Chưa nhập gì: phát hiện %n lỗi. Hãy sửa tệp rồi nhập lại; cửa hàng không thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
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
    <message>
        <location line="+7"/>
        <source>Saved {n} label(s) and packing slip(s) to {path}</source>
        <translation>Đã lưu {n} nhãn và phiếu đóng gói vào {path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} order(s) chosen. Print them, or save them as a PDF?</source>
        <translation>Đã chọn {n} đơn. In ra hay lưu thành PDF?</translation>
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
        <location line="+17"/>
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
        <location filename="../../sellerdesk/ui/main_window.py" line="+111"/>
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
        <location line="+4"/>
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
        <location line="+3"/>
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
        <location line="+35"/>
        <source>Cannot open shop file</source>
        <translation>Không mở được tệp cửa hàng</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+10"/>
        <source>Reading {n} file(s)…</source>
        <translation>Đang đọc {n} tệp…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported: {orders} new and {updated} updated orders, {reviews} new reviews.</source>
        <translation>Đã nhập: {orders} đơn mới, {updated} đơn cập nhật, {reviews} đánh giá mới.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import: the shop already holds these files.</source>
        <translation>Không có gì để nhập: cửa hàng đã có các tệp này.</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../../sellerdesk/ui/pages/messages.py" line="+53"/>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+44"/>
        <source>Mark {n} conversation(s) spam</source>
        <translation>Đánh dấu {n} hội thoại là spam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark {n} conversation(s) not spam</source>
        <translation>Đánh dấu {n} hội thoại không phải spam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete conversations</source>
        <translation>Xóa hội thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {n} conversation(s) with all their messages? You can undo this with Ctrl+Z.</source>
        <translation>Xóa {n} hội thoại cùng mọi tin nhắn? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {n} conversation(s)</source>
        <translation>Xóa {n} hội thoại</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/order_detail.py" line="+44"/>
        <source>Edit…</source>
        <extracomment>flag letter -&gt; (label, colour); the labels are translated as Values (sellerdesk/ui/vocabulary.py) an action button was pressed: its name (&quot;edit&quot;, &quot;ship&quot;, &quot;extend&quot;, &quot;custom&quot;, &quot;message&quot;, &quot;reply&quot;, &quot;review&quot;, &quot;case&quot;, &quot;labels&quot;, &quot;delete&quot;) two rows of buttons: the order itself, then what hangs off it</extracomment>
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
        <location line="+23"/>
        <source>&lt;i&gt;Select an order to see its items, messages, reviews and cases.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chọn một đơn để xem sản phẩm, tin nhắn, đánh giá và tranh chấp.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+11"/>
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
        <location filename="../../sellerdesk/ui/pages/orders.py" line="+51"/>
        <location line="+93"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="-82"/>
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
        <location line="+66"/>
        <source> (ext.)</source>
        <translation> (gia hạn)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{n}+ orders (counting…)</source>
        <translation>{n}+ đơn (đang đếm…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} orders</source>
        <translation>{n} đơn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 order</source>
        <translation>1 đơn</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Delete order {order} with its items, messages, reviews and cases?</source>
        <translation>Xóa đơn {order} cùng sản phẩm, tin nhắn, đánh giá và tranh chấp?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {n} orders with their items, messages, reviews and cases?</source>
        <translation>Xóa {n} đơn cùng sản phẩm, tin nhắn, đánh giá và tranh chấp?</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+2"/>
        <source>Delete {n} orders</source>
        <translation>Xóa {n} đơn</translation>
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
        <location filename="../../sellerdesk/ui/widgets/record_table.py" line="+285"/>
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
        <location filename="../../sellerdesk/ui/pages/reviews.py" line="+35"/>
        <source>Reviews</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+42"/>
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
    <message>
        <location line="+1"/>
        <source>Delete {n} review(s)? You can undo this with Ctrl+Z.</source>
        <translation>Xóa {n} đánh giá? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete {n} review(s)</source>
        <translation>Xóa {n} đánh giá</translation>
    </message>
</context>
<context>
    <name>SavedRepliesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/saved_replies.py" line="+47"/>
        <source>Saved replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+2"/>
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
        <location line="+24"/>
        <source>… and {n} more</source>
        <translation>… và {n} mục nữa</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../../sellerdesk/ui/pages/settings.py" line="+41"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+24"/>
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
        <location line="+18"/>
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
        <location line="+20"/>
        <source>Shop settings</source>
        <translation>Cài đặt cửa hàng</translation>
    </message>
</context>
<context>
    <name>ShippingProfilesPage</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/shipping_profiles.py" line="+23"/>
        <source>Shipping profiles</source>
        <translation>Hồ sơ vận chuyển</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <message>
        <location line="+2"/>
        <source> and recompute {n} open order(s)</source>
        <translation> và tính lại {n} đơn đang mở</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recompute open orders?</source>
        <translation>Tính lại các đơn đang mở?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new times of “{name}” change the ship-by date of {moved} open order(s) and the estimated delivery of {total}. Recompute them now? (One undo step.)</source>
        <translation>Thời gian mới của “{name}” làm đổi hạn gửi hàng của {moved} đơn đang mở và ngày giao dự kiến của {total} đơn. Tính lại ngay? (Hoàn tác trong một bước.)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recompute {n}</source>
        <translation>Tính lại {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep their dates</source>
        <translation>Giữ nguyên ngày</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete shipping profile</source>
        <translation>Xóa hồ sơ vận chuyển</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{n}”? {used} order(s) use it and will have no profile (their dates stay). You can undo this with Ctrl+Z.</source>
        <translation>Xóa “{n}”? {used} đơn đang dùng hồ sơ này và sẽ không còn hồ sơ (ngày giữ nguyên). Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <message>
        <location line="+12"/>
        <source>Assign “{n}” to {count} order(s)</source>
        <translation>Gán “{n}” cho {count} đơn</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../sellerdesk/ui/today.py" line="+200"/>
        <source>SellerDesk: {n} thing(s) to do today</source>
        <translation>SellerDesk: {n} việc cần làm hôm nay</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Today in your shop</source>
        <translation>Hôm nay ở cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} thing(s) to do, {late} urgent. Open SellerDesk&apos;s Today panel.</source>
        <translation>{n} việc cần làm, {late} việc gấp. Mở bảng Hôm nay của SellerDesk.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="-169"/>
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
    <message>
        <location line="+2"/>
        <source>{n} thing(s) to do today ({day}).</source>
        <translation>{n} việc cần làm hôm nay ({day}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case on order {order}</source>
        <translation>Tranh chấp về đơn {order}</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
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
        <location line="+1"/>
        <source>{name} · ship-by {due}, {days} day(s) late</source>
        <translation>{name} · hạn gửi {due}, trễ {days} ngày</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../sellerdesk/ui/vacation_banner.py" line="+18"/>
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
        <source>🌴 On vacation {a} – {b} ({back}); {auto}. Orders placed now are flagged.</source>
        <translation>🌴 Đang nghỉ {a} – {b} ({back}); {auto}. Đơn đặt lúc này sẽ được đánh dấu.</translation>
    </message>
</context>
<context>
    <name>VacationSection</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/settings_calendar.py" line="+7"/>
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
        <location line="+22"/>
        <source>Check the dates</source>
        <translation>Kiểm tra ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vacation ends ({end}) before it starts ({start}).</source>
        <translation>Kỳ nghỉ kết thúc ({end}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overlapping vacation</source>
        <translation>Kỳ nghỉ bị trùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It overlaps the vacation {a} – {b}; delete or change that one first.</source>
        <translation>Trùng với kỳ nghỉ {a} – {b}; hãy xóa hoặc sửa kỳ nghỉ đó trước.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacation {a} – {b}</source>
        <translation>Kỳ nghỉ {a} – {b}</translation>
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
    <message>
        <location line="+4"/>
        <source>Log {n} vacation auto-replies</source>
        <translation>Ghi {n} trả lời tự động của kỳ nghỉ</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../sellerdesk/ui/vocabulary.py" line="+5"/>
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
        <location line="+19"/>
        <source>late</source>
        <extracomment>order flag words (orders table and order detail)</extracomment>
        <translation>trễ</translation>
    </message>
    <message>
        <location line="-18"/>
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
        <location line="+6"/>
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
    <name>WhatIfBar</name>
    <message>
        <location filename="../../sellerdesk/ui/pages/dashboard/panels.py" line="+13"/>
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
