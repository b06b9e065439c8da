// Generated from /api/openapi.json by openapi-typescript (apps/server/test/openapi-client.test.ts).
// Do not edit: run `npm run api:types` after changing a route.

export interface paths {
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập bằng thư điện tử và mật khẩu; đặt cookie phiên */
        post: operations["auth.signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bước hai của đăng nhập: mã TOTP 6 số */
        post: operations["auth.verifyTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất: kết thúc phiên trên máy chủ */
        post: operations["auth.signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng đang đăng nhập, vai trò, phạm vi dữ liệu và quyền */
        get: operations["me.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu bật xác thực hai lớp (TOTP): trả về URI và mã dự phòng */
        post: operations["me.enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận mã TOTP đầu tiên để hoàn tất bật xác thực hai lớp */
        post: operations["me.confirmTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tắt xác thực hai lớp */
        post: operations["me.disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu (cần mật khẩu hiện tại); kết thúc các phiên đăng nhập khác */
        post: operations["me.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quên mật khẩu: gửi liên kết đặt lại đến thư điện tử của tài khoản (câu trả lời luôn như nhau) */
        post: operations["auth.requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt mật khẩu mới bằng liên kết trong thư; kết thúc mọi phiên của tài khoản */
        post: operations["auth.resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị hành chính có hiệu lực tại một thời điểm, kèm đơn vị tiền thân và kế thừa */
        get: operations["adminUnits.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đơn vị hành chính */
        get: operations["adminUnits.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ba vùng khuyến công và các tỉnh thuộc vùng tại một thời điểm */
        get: operations["regions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản pháp lý làm căn cứ cho các quy định */
        get: operations["legalDocuments.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổ chức tồn tại tại một thời điểm, với tên gọi tại thời điểm đó và lịch sử tên */
        get: operations["organisations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các danh mục mã */
        get: operations["catalogues.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogues/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mục của một danh mục mã, có hiệu lực tại một thời điểm (bỏ trống: mọi thời điểm) */
        get: operations["catalogues.listEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm (tính theo luật và quyết định hằng năm) */
        get: operations["calendarDays.list"];
        put?: never;
        /** Thêm một ngày nghỉ hoặc ngày làm bù theo quyết định hằng năm của Chính phủ */
        post: operations["calendarDays.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bỏ quyết định của một ngày (ngày đó trở lại như lịch theo luật) */
        delete: operations["calendarDays.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chấm điểm của một đợt: khung điểm, sản phẩm, phiếu của chính người đăng nhập, thao tác được phép */
        get: operations["selectionRounds.getScoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/frame": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Trưởng ban giám khảo đề xuất khung điểm chi tiết (thay cả danh sách, trước khi được phê duyệt) */
        put: operations["selectionRounds.proposeFrame"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/frame/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chủ tịch hội đồng phê duyệt khung điểm; từ đó khung điểm không đổi và giám khảo bắt đầu chấm */
        post: operations["selectionRounds.approveFrame"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/entries/{entryId}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Giám khảo lưu phiếu chấm của chính mình cho một sản phẩm (sửa được đến khi khóa chấm điểm) */
        put: operations["selectionRounds.saveSheet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/entries/{entryId}/sheets/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phiếu chấm: của chính mình bất cứ lúc nào; của người khác chỉ sau khi khóa chấm điểm */
        get: operations["selectionRounds.getSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/scoring/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trưởng ban giám khảo khóa chấm điểm: tính điểm trung bình, đánh dấu đạt từ 70 điểm, xếp hạng */
        post: operations["selectionRounds.closeScoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/scoring/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên bản tổng hợp điểm (sau khi khóa chấm điểm) */
        get: operations["selectionRounds.getScoringSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/scoring/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên bản tổng hợp điểm, tệp Excel */
        get: operations["selectionRounds.exportScoringSummaryXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/proposed-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Danh sách hội đồng đề nghị công nhận (số lượng do hội đồng quyết định; chỉ sản phẩm từ 70 điểm) */
        put: operations["selectionRounds.proposeList"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khiếu nại kết quả của một đợt bình chọn, với hạn nhận và hạn giải quyết theo ngày làm việc */
        get: operations["selectionRounds.listComplaints"];
        put?: never;
        /** Ghi nhận một khiếu nại (trong 15 ngày làm việc kể từ ngày thông báo kết quả) */
        post: operations["selectionRounds.recordComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/complaints/{complaintId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi kết quả giải quyết khiếu nại (hội đồng trả lời trong 10 ngày làm việc kể từ ngày nhận) */
        post: operations["selectionRounds.resolveComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/communes/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập danh sách xã chính thức (.xlsx hoặc .csv); chạy thử trước, rồi nhập tất cả hoặc chỉ các dòng hợp lệ */
        post: operations["adminUnits.importCommunes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách tài khoản trong phạm vi dữ liệu của người gọi */
        get: operations["users.list"];
        put?: never;
        /** Tạo tài khoản (quản trị hệ thống) */
        post: operations["users.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các vai trò và phạm vi dữ liệu được phép của từng vai trò */
        get: operations["users.listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tài khoản (404 nếu ngoài phạm vi) */
        get: operations["users.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa họ tên, vai trò, phạm vi, tổ chức (kèm version) */
        patch: operations["users.update"];
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khóa tài khoản; mọi phiên đăng nhập của tài khoản bị hủy */
        post: operations["users.disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở khóa tài khoản */
        post: operations["users.enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy mọi phiên đăng nhập của tài khoản */
        post: operations["users.revokeSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt lại mật khẩu; các phiên của tài khoản bị hủy */
        post: operations["users.resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký ghi dữ liệu, đăng nhập và truy cập bị từ chối (quản trị, thanh tra) */
        get: operations["auditEvents.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất nhật ký đã lọc ra Excel (tối đa 20.000 dòng mới nhất, cùng phạm vi như danh sách) */
        get: operations["auditEvents.exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải tệp mẫu nhập cơ sở (.xlsx, có hướng dẫn, danh sách chọn và mã các xã trong phạm vi)
         * @description Trang «Mã xã» liệt kê các xã còn hiệu lực hôm nay của các tỉnh trong phạm vi dữ liệu của người gọi; `provinceCode` thu hẹp về một tỉnh (tỉnh ngoài phạm vi: 404).
         */
        get: operations["establishments.getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách đã lọc ra Excel (cùng cột với tệp mẫu, nhập lại được) */
        get: operations["establishments.exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishment-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập cơ sở từ .xlsx/.csv: chạy thử, nhập tất cả hoặc chỉ các dòng hợp lệ (tác vụ nền có tiến độ) */
        post: operations["establishmentImports.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishment-imports/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ và kết quả của một lần nhập */
        get: operations["establishmentImports.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cơ sở trong phạm vi dữ liệu, có lọc, sắp xếp và tìm không dấu */
        get: operations["establishments.list"];
        put?: never;
        /** Đăng ký một cơ sở mới trong tỉnh của người dùng */
        post: operations["establishments.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một cơ sở, với địa điểm, số liệu theo năm và kết quả xét điều kiện */
        get: operations["establishments.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa một cơ sở (kèm version; 409 nếu người khác đã sửa) */
        patch: operations["establishments.update"];
        trace?: never;
    };
    "/api/v1/establishments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử thay đổi (từ nhật ký hệ thống) */
        get: operations["establishments.getHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lưu trữ một cơ sở (không bao giờ xóa hẳn) */
        post: operations["establishments.archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục một cơ sở đã lưu trữ */
        post: operations["establishments.restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments/{id}/trade-promotion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xúc tiến thương mại của một cơ sở: hội chợ đã tham gia, thương hiệu, phòng trưng bày */
        get: operations["establishments.getTradePromotion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách đề án đã lọc ra Excel */
        get: operations["projects.exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/dossier.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tóm tắt hồ sơ đề án (.docx, thể thức Nghị định 30/2020/NĐ-CP) */
        get: operations["projects.getDossierDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/estimate.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dự toán chi tiết kinh phí theo mẫu đề xuất (.xlsx) */
        get: operations["projects.getEstimateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đề án trong phạm vi dữ liệu: lọc theo tỉnh, năm, trạng thái, nội dung, cấp kinh phí, chậm báo cáo */
        get: operations["projects.list"];
        put?: never;
        /** Lập đề án mới (trạng thái Đang lập) */
        post: operations["projects.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đề án: hồ sơ, dự toán, cơ sở thụ hưởng, tiến trình, văn bản, giải ngân và các bước được làm */
        get: operations["projects.get"];
        /** Sửa hồ sơ đề án khi đang lập hoặc được trả lại (kiểm tra phiên bản) */
        put: operations["projects.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/steps/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thực hiện một bước của quy trình (nộp, thẩm định, phê duyệt, ký hợp đồng, điều chỉnh, nghiệm thu, quyết toán…) với văn bản làm căn cứ */
        post: operations["projects.takeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi tạm ứng, thanh toán hoặc thu hồi (trần 70 % trước nghiệm thu, không vượt hợp đồng) */
        post: operations["projects.recordDisbursement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo cáo tiến độ hằng tháng (trước ngày 25), Sở xác nhận khối lượng */
        post: operations["projects.recordProgressReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/progress-reports/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo cáo tiến độ nhiều tháng còn thiếu trong một lần: ghi tất cả hoặc không ghi tháng nào (tối đa 18 tháng) */
        post: operations["projects.recordProgressReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính kèm văn bản (PDF, Office, ảnh; tối đa 20 MB; kiểu tệp nhận theo nội dung) */
        post: operations["projects.attachDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/documents/{documentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp đính kèm (chỉ trong phạm vi dữ liệu) */
        get: operations["projects.downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử thay đổi của đề án (từ nhật ký hệ thống, bằng lời) */
        get: operations["projects.getHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-norm-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các bộ định mức hỗ trợ (theo văn bản, cấp kinh phí, địa bàn và thời gian áp dụng) */
        get: operations["supportNormSets.list"];
        put?: never;
        /** Thêm một phiên bản định mức hỗ trợ (không trùng thời gian với văn bản khác cùng phạm vi) */
        post: operations["supportNormSets.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-norm-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một bộ định mức hỗ trợ với bảng định mức */
        get: operations["supportNormSets.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/support-norm-sets/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc hiệu lực một bộ định mức (mọi phiên bản của cùng văn bản), để văn bản mới thay thế */
        post: operations["supportNormSets.close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/showrooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phòng trưng bày, điểm giới thiệu sản phẩm trong phạm vi dữ liệu (lọc năm, tỉnh, nơi đặt, tìm không dấu) */
        get: operations["showrooms.list"];
        put?: never;
        /** Ghi nhận một phòng trưng bày tại trung tâm hoặc tại cơ sở */
        post: operations["showrooms.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/showrooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phòng trưng bày */
        get: operations["showrooms.get"];
        /** Sửa một phòng trưng bày (kèm version; 409 nếu người khác đã sửa) */
        put: operations["showrooms.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extension-centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các trung tâm khuyến công tồn tại vào một ngày, trong phạm vi dữ liệu, và số người bình quân */
        get: operations["extensionCentres.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extension-centres/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một trung tâm: số người làm việc theo ngày, hợp đồng tư vấn, doanh thu so với kế hoạch */
        get: operations["extensionCentres.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extension-centres/{id}/staffing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi số người làm việc của trung tâm tại một ngày (các bộ phận không vượt tổng số) */
        post: operations["extensionCentres.recordStaffing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extension-centres/{id}/staffing/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa số người làm việc tại một ngày (kèm version; 409 nếu người khác đã sửa) */
        put: operations["extensionCentres.updateStaffing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extension-centres/{id}/consulting-contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm hợp đồng tư vấn, dịch vụ của trung tâm (khách hàng là cơ sở trong sổ hoặc ghi tên) */
        post: operations["extensionCentres.createContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extension-centres/{id}/consulting-contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa hợp đồng tư vấn, dịch vụ (kèm version; 409 nếu người khác đã sửa) */
        put: operations["extensionCentres.updateContract"];
        post?: never;
        /** Xóa hợp đồng tư vấn ghi nhầm (chỉ khi đang thực hiện và chưa có doanh thu; kèm version; 409 nếu người khác đã sửa) */
        delete: operations["extensionCentres.deleteContract"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extension-centres/{id}/consulting-plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt kế hoạch tư vấn, dịch vụ của năm: doanh thu và số dự án (lần đầu không kèm version) */
        put: operations["extensionCentres.setConsultingPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các hội nghị khuyến công khu vực, mới nhất trước (lọc theo khu vực) */
        get: operations["conferences.list"];
        put?: never;
        /** Thêm hội nghị khuyến công khu vực (tỉnh đăng cai, tỉnh nhận cờ thuộc khu vực vào ngày tổ chức) */
        post: operations["conferences.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hội nghị: tỉnh đăng cai, đơn vị tổ chức, tỉnh nhận cờ, kết luận */
        get: operations["conferences.get"];
        /** Sửa hội nghị (kèm version; 409 nếu người khác đã sửa) */
        put: operations["conferences.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences/{id}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm kết luận, nghị quyết của hội nghị (nội dung, kèm văn bản nếu có; PDF, Office, ảnh; tối đa 20 MB) */
        post: operations["conferences.addResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences/{id}/resolutions/{resolutionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải văn bản kết luận của hội nghị */
        get: operations["conferences.getResolutionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences/{id}/pack.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài liệu hội nghị (.docx, thể thức Nghị định 30/2020): số liệu của khu vực trong kỳ, tính từ hồ sơ */
        get: operations["conferences.getPackDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brand-supports/support-cap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mức hỗ trợ tối đa theo định mức h (50 %, tối đa 35 triệu đồng) của bộ định mức hiệu lực ngày nộp đơn */
        get: operations["brandSupports.getSupportCap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brand-supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thương hiệu, nhãn hiệu được hỗ trợ trong phạm vi dữ liệu (lọc năm, tỉnh, loại, tình trạng, tìm không dấu) */
        get: operations["brandSupports.list"];
        put?: never;
        /** Ghi nhận hỗ trợ xây dựng, đăng ký một thương hiệu (mức hỗ trợ theo định mức h) */
        post: operations["brandSupports.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brand-supports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một thương hiệu, nhãn hiệu được hỗ trợ */
        get: operations["brandSupports.get"];
        /** Sửa một bản ghi hỗ trợ thương hiệu (kèm version; 409 nếu người khác đã sửa) */
        put: operations["brandSupports.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chương trình khuyến công quốc gia và địa phương */
        get: operations["programmes.list"];
        put?: never;
        /** Thêm chương trình khuyến công địa phương */
        post: operations["programmes.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị lập kế hoạch trong một năm (tỉnh theo địa giới năm đó và Trung ương) */
        get: operations["planUnits.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch khuyến công năm trong phạm vi dữ liệu */
        get: operations["annualPlans.list"];
        put?: never;
        /** Ghi kế hoạch khuyến công năm đã được phê duyệt */
        post: operations["annualPlans.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch năm với các lần điều chỉnh */
        get: operations["annualPlans.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-plans/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Điều chỉnh kế hoạch năm theo quyết định mới */
        post: operations["annualPlans.revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reported-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu do đơn vị báo cáo (lũy kế từ đầu năm đến hết tháng chốt số liệu) */
        get: operations["reportedFigures.list"];
        /** Nhập một báo cáo số liệu của đơn vị (thay số đã báo cáo cùng kỳ, giữ lịch sử trong nhật ký) */
        put: operations["reportedFigures.report"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figure-checks/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra tính nhất quán của số liệu in trong báo cáo hội nghị */
        get: operations["figureChecks.listPresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/aggregate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo tổng hợp của khu vực hoặc toàn quốc, tính từ báo cáo đã duyệt của các tỉnh (tỉnh đã có, tỉnh còn thiếu, số liệu từng tỉnh của mỗi ô) */
        get: operations["reports.aggregate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mẫu báo cáo định kỳ và phiên bản, với thời gian hiệu lực và văn bản pháp lý */
        get: operations["reportTemplates.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách báo cáo định kỳ trong phạm vi (lọc theo năm, kỳ, mẫu, tỉnh, trạng thái) */
        get: operations["reports.list"];
        put?: never;
        /** Mở báo cáo của tỉnh cho một kỳ: bản nháp, số liệu lấy sẵn từ hồ sơ */
        post: operations["reports.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một báo cáo: ô số liệu theo phần, kiểm tra tự động, ý kiến, các lần gửi, thao tác được làm */
        get: operations["reports.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Nhập, sửa ô số liệu và thuyết minh (khi báo cáo đang lập hoặc bị trả lại) */
        patch: operations["reports.update"];
        trace?: never;
    };
    "/api/v1/reports/{id}/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lấy lại số liệu từ hồ sơ (ô đã nhập tay giữ nguyên; số ước thay bằng số thực hiện khi hết kỳ) */
        post: operations["reports.prefill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi (hoặc gửi lại) báo cáo: bị từ chối nếu còn ô chưa nhập hoặc kiểm tra chưa đạt (cảnh báo được giải trình) */
        post: operations["reports.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại báo cáo để tỉnh sửa, với ý kiến theo từng ô hoặc cho cả báo cáo */
        post: operations["reports.return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/steps/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt, khóa (lãnh đạo Cục) hoặc mở khóa báo cáo (lãnh đạo Cục, cần lý do) */
        post: operations["reports.takeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/submissions/{from}/diff/{to}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** So sánh hai lần gửi của một báo cáo: ô số liệu và thuyết minh đã thay đổi */
        get: operations["reports.diffSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-template-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các mẫu báo cáo với mọi phiên bản: hiệu lực, văn bản pháp lý, số báo cáo đã mở theo mỗi phiên bản */
        get: operations["reportTemplateVersions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-template-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phiên bản mẫu báo cáo: cấu trúc, văn bản pháp lý, hiệu lực, số báo cáo, các kiểm tra tự động */
        get: operations["reportTemplateVersions.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Đặt ngày hết hiệu lực của một phiên bản; sửa tên, hạn nộp, cấu trúc khi chưa có báo cáo nào mở theo phiên bản */
        patch: operations["reportTemplateVersions.update"];
        trace?: never;
    };
    "/api/v1/report-template-versions/{id}/successors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo phiên bản mới từ phiên bản này; phiên bản đang có hiệu lực kết thúc vào ngày trước ngày bắt đầu của phiên bản mới */
        post: operations["reportTemplateVersions.createSuccessor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo dạng Word (.docx, thể thức Nghị định 30/2020/NĐ-CP): bảng số liệu đánh số theo mẫu, thuyết minh, nơi nhận; ghi “Dự thảo” khi chưa được duyệt */
        get: operations["reports.exportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo dạng Excel (.xlsx) theo bố cục của mẫu: mỗi bảng một trang tính, kết quả kiểm tra, thuyết minh */
        get: operations["reports.exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo phải gửi trong phạm vi (Báo cáo của tôi): hạn gửi, quá hạn, bị trả lại trước */
        get: operations["reportObligations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tính đầy đủ và đúng hạn của báo cáo theo kỳ và tỉnh (đúng hạn, trễ hạn, chưa gửi, chưa đến hạn) */
        get: operations["reportCompleteness.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xếp hạng các tỉnh về báo cáo trong năm (đúng hạn, đầy đủ, nhất quán) để xét khen thưởng */
        get: operations["reportAwards.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-reminders/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chạy ngay lượt nhắc hạn báo cáo (mỗi lời nhắc chỉ gửi một lần, chạy lại không gửi trùng) */
        post: operations["reportReminders.sweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp đính kèm của báo cáo (bản có chữ ký, phụ lục, ảnh) và thao tác được làm */
        get: operations["reports.listAttachments"];
        put?: never;
        /** Đính kèm tệp vào báo cáo đang lập hoặc bị trả lại (PDF, Word, Excel, OpenDocument, ảnh; tối đa 20 MB, nhận loại theo nội dung tệp) */
        post: operations["reports.attachFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải một tệp đính kèm của báo cáo */
        get: operations["reports.downloadAttachment"];
        put?: never;
        post?: never;
        /** Xóa tệp đính kèm nhầm (khi báo cáo đang lập hoặc bị trả lại) */
        delete: operations["reports.deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch và thực hiện kinh phí khuyến công theo khu vực, tỉnh và nguồn vốn */
        get: operations["dashboard.getBudget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả đầu ra (cơ sở được hỗ trợ, gian hàng, sản phẩm được công nhận…) theo năm */
        get: operations["dashboard.getOutputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các bản ghi cộng thành số thực hiện của một đơn vị (đề án và số liệu báo cáo) */
        get: operations["dashboard.listRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/budget.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất kế hoạch và thực hiện kinh phí khuyến công ra Excel (cùng bộ lọc với bảng điều khiển) */
        get: operations["dashboard.exportBudgetXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/brief.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản tin một trang về tình hình thực hiện kinh phí khuyến công (.docx, thể thức Nghị định 30/2020) */
        get: operations["dashboard.getBriefDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Việc cần xử lý của người đang đăng nhập: hồ sơ chờ thẩm định, phê duyệt, điều chỉnh, hồ sơ bị trả lại, báo cáo tiến độ quá hạn */
        get: operations["me.listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số việc cần xử lý (huy hiệu trên đầu trang): một câu truy vấn đếm */
        get: operations["me.countTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hội chợ triển lãm (lọc theo năm, cấp, vùng, tỉnh, đơn vị chủ trì, trạng thái; tìm không dấu) */
        get: operations["fairs.list"];
        put?: never;
        /** Ghi nhận một hội chợ (trạng thái Đã lập kế hoạch; mã do máy chủ cấp) */
        post: operations["fairs.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch hội chợ: các hội chợ diễn ra (dù chỉ một ngày) trong khoảng ngày, tối đa một năm */
        get: operations["fairs.getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hội chợ */
        get: operations["fairs.get"];
        /** Sửa hội chợ (gửi cả hội chợ với phiên bản đã đọc; 409 khi người khác vừa lưu) */
        put: operations["fairs.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{id}/steps/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển trạng thái hội chợ: mở đăng ký, xác nhận đã tổ chức, báo cáo (cần danh sách xác nhận), hủy (cần lý do) */
        post: operations["fairs.takeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nộp văn bản của hội chợ (kế hoạch, quyết định, danh sách xác nhận; PDF, Office, ảnh; tối đa 20 MB) */
        post: operations["fairs.attachDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{id}/documents/{documentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp văn bản của hội chợ (chỉ trong phạm vi dữ liệu) */
        get: operations["fairs.downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa văn bản nộp nhầm (khi hội chợ chưa báo cáo hay hủy) */
        delete: operations["fairs.deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fair-participant-imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp mẫu danh sách gian hàng (.xlsx) để nhập vào một hội chợ */
        get: operations["fairParticipantImports.getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{fairId}/participants/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách cơ sở tham gia theo mẫu nghiệm thu (.xlsx, có cột ký nhận) */
        get: operations["fairParticipants.exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{fairId}/participant-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập danh sách gian hàng được đơn vị chủ trì xác nhận (.xlsx/.csv): chạy thử, chọn cơ sở cho dòng trùng tên, nhập tất cả hoặc chỉ dòng hợp lệ */
        post: operations["fairParticipantImports.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fair-participant-imports/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ và kết quả của một lần nhập danh sách gian hàng */
        get: operations["fairParticipantImports.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{fairId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các cơ sở tham gia một hội chợ: gian hàng, tiền thuê, hỗ trợ theo định mức (phân trang) */
        get: operations["fairParticipants.list"];
        put?: never;
        /** Thêm một cơ sở tham gia hội chợ (hỗ trợ theo định mức có hiệu lực vào ngày khai mạc) */
        post: operations["fairParticipants.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{fairId}/participant-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm tra trước một lượt tham gia (không ghi): định mức và mức trần áp dụng, giới hạn hai hội chợ nước ngoài mỗi năm, gian hàng trùng */
        post: operations["fairParticipantChecks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{fairId}/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa một lượt tham gia (kiểm tra phiên bản) */
        put: operations["fairParticipants.update"];
        post?: never;
        /** Xóa một lượt tham gia ghi nhầm (kiểm tra phiên bản) */
        delete: operations["fairParticipants.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fairs/{fairId}/participants/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ghi doanh thu bán hàng và hợp đồng ký kết sau hội chợ (kiểm tra phiên bản) */
        put: operations["fairParticipants.reportResults"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đợt bình chọn sản phẩm CNNT tiêu biểu trong phạm vi (giám khảo, thư ký: đợt mình tham gia) */
        get: operations["selectionRounds.list"];
        put?: never;
        /** Lập kế hoạch một đợt bình chọn (cấp, địa bàn, năm, cơ quan tổ chức, kinh phí, quyết định kế hoạch) */
        post: operations["selectionRounds.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đợt bình chọn: thông tin, văn bản các bước, hội đồng và các bước tiếp theo với lý do */
        get: operations["selectionRounds.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tên, cơ quan tổ chức, kinh phí, quyết định kế hoạch (trước khi hội đồng đề nghị kết quả) */
        patch: operations["selectionRounds.update"];
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển đợt bình chọn sang bước tiếp theo kèm văn bản (số, ngày, người ký, tệp) */
        post: operations["selectionRounds.takeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hội đồng, ban giám khảo, tổ chuyên gia của đợt và quy định số thành viên (S3) */
        get: operations["selectionRounds.listMembers"];
        put?: never;
        /** Thêm thành viên hội đồng, ban giám khảo hoặc tổ chuyên gia (kèm cơ sở có liên quan) */
        post: operations["selectionRounds.addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa một thành viên (hoặc thôi tham gia) theo phiên bản đã đọc */
        put: operations["selectionRounds.updateMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/members/{memberId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp tài khoản đăng nhập cho giám khảo hoặc thư ký hội đồng (mật khẩu một lần, phải đổi) */
        post: operations["selectionRounds.grantMemberAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các sản phẩm đăng ký trong một đợt bình chọn (lọc theo nhóm, trạng thái, tìm không dấu) */
        get: operations["selectionRounds.listEntries"];
        put?: never;
        /** Đăng ký một sản phẩm dự bình chọn khi đợt đang nhận hồ sơ (xét điều kiện S1, S2 tại ngày đăng ký) */
        post: operations["selectionRounds.registerEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một sản phẩm dự bình chọn với kết quả xét điều kiện, ảnh và các thao tác được phép */
        get: operations["selectionEntries.get"];
        /** Sửa sản phẩm dự bình chọn (xét lại điều kiện; 409 nếu đã có người sửa trước) */
        put: operations["selectionEntries.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entries/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rút sản phẩm khỏi đợt bình chọn khi đợt còn nhận hồ sơ */
        post: operations["selectionEntries.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entries/{id}/photos/{angle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh sản phẩm (đã mã hóa lại, JPEG) */
        get: operations["selectionEntries.getPhoto"];
        put?: never;
        /**
         * Tải (hoặc thay) ảnh sản phẩm: mặt trước, mặt bên, mặt trên
         * @description JPEG, PNG hoặc WebP (kiểm tra theo nội dung), tối đa 8 MB và 40 triệu điểm ảnh, ít nhất 600 × 900 điểm ảnh (in khổ 10 × 15 cm). Ảnh được mã hóa lại (bỏ siêu dữ liệu) và có ảnh thu nhỏ 480 px.
         */
        post: operations["selectionEntries.uploadPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entries/{id}/photos/{angle}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh thu nhỏ của sản phẩm (WebP, lưu đệm được) */
        get: operations["selectionEntries.getPhotoThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entries/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ (tài liệu) của sản phẩm dự bình chọn */
        get: operations["selectionEntries.listDocuments"];
        put?: never;
        /** Nộp tài liệu hồ sơ của sản phẩm (PDF, Office, ảnh; tối đa 20 MB; kiểu tệp nhận theo nội dung) */
        post: operations["selectionEntries.uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entries/{id}/documents/{documentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp tài liệu hồ sơ của sản phẩm (chỉ trong phạm vi dữ liệu) */
        get: operations["selectionEntries.getDocumentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entries/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa tài liệu nộp nhầm (khi đợt bình chọn còn nhận hồ sơ) */
        delete: operations["selectionEntries.deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/decision-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên tệp quyết định (biên bản) cho bước tiếp theo của đợt bình chọn; mã tệp được ghi vào decision.fileId của bước */
        post: operations["selectionRounds.uploadDecisionFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/decisions/{decisionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp quyết định của một bước của đợt bình chọn (chỉ trong phạm vi dữ liệu) */
        get: operations["selectionRounds.getDecisionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/nomination-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đề cử của cấp dưới: sản phẩm được công nhận ở các đợt cấp dưới, còn giấy chứng nhận hiệu lực */
        get: operations["selectionRounds.listNominationCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đưa các sản phẩm được đề cử từ cấp dưới vào đợt bình chọn (tất cả hoặc không sản phẩm nào) */
        post: operations["selectionRounds.nominateEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-entry-import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp mẫu danh sách sản phẩm đề nghị bình chọn (.xlsx, theo Phụ lục 5) */
        get: operations["selectionEntries.getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/entry-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập danh sách sản phẩm từ .xlsx: chạy thử có lỗi từng dòng; nhập tất cả hoặc không dòng nào */
        post: operations["selectionRounds.importEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/establishments/{id}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sản phẩm của cơ sở đã tham gia bình chọn và giấy chứng nhận sản phẩm CNNT tiêu biểu */
        get: operations["establishments.getSelection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giấy chứng nhận sản phẩm CNNT tiêu biểu trong phạm vi dữ liệu */
        get: operations["selectionCertificates.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một giấy chứng nhận, kèm các báo cáo năm của cơ sở (R8) */
        get: operations["selectionCertificates.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-rounds/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sản phẩm được công nhận của đợt và việc cấp giấy chứng nhận */
        get: operations["selectionRounds.listCertificateState"];
        put?: never;
        /** Cấp giấy chứng nhận cho các sản phẩm được công nhận theo quyết định công nhận */
        post: operations["selectionRounds.issueCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi giấy chứng nhận theo quyết định thu hồi (S8) */
        post: operations["selectionCertificates.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-certificates/{id}/holder-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi báo cáo năm của cơ sở có sản phẩm được chứng nhận (R8) */
        post: operations["selectionCertificates.recordHolderReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-certificates/{id}/certificate.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giấy chứng nhận theo mẫu (.docx, một trang A4 ngang, có mã QR) */
        get: operations["selectionCertificates.exportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/selection-certificates/{id}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giấy chứng nhận theo mẫu (.pdf, qua LibreOffice) */
        get: operations["selectionCertificates.exportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/admin-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị hành chính có hiệu lực tại một ngày, mỗi đơn vị kèm các đơn vị mà nó kế thừa */
        get: operations["public.listAdminUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/{publicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xác minh giấy chứng nhận sản phẩm CNNT tiêu biểu (trang mã QR mở) */
        get: operations["publicCertificates.verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/honoured-products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục sản phẩm CNNT tiêu biểu đã được công nhận (tìm không dấu, lọc theo tỉnh, khu vực, nhóm, cấp, năm, hiệu lực) */
        get: operations["honouredProducts.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/honoured-products/{publicId}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh thu nhỏ của sản phẩm tiêu biểu */
        get: operations["honouredProducts.getPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/khuyencong-certificate-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khóa công khai (JWKS) để kiểm tra chữ ký số trong mã QR của giấy chứng nhận */
        get: operations["certificateKeys.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SignInResult: {
            /** @enum {boolean} */
            twoFactorRequired: true;
        } | {
            /** @enum {boolean} */
            twoFactorRequired: false;
            user: components["schemas"]["Me"];
        };
        Me: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "CENTRAL_LEADER" | "CENTRAL_OFFICER" | "PROVINCIAL_LEADER" | "PROVINCIAL_OFFICER" | "IMPLEMENTER" | "AUDITOR" | "JUROR" | "COUNCIL_SECRETARY";
            roleLabel: string;
            scope: components["schemas"]["DataScope"];
            organisation: {
                id: string;
                name: string;
            } | null;
            twoFactorEnabled: boolean;
            mustChangePassword: boolean;
            abilities: ("catalogues.read" | "catalogues.manage" | "users.read" | "users.manage" | "audit.read" | "establishments.read" | "establishments.create" | "establishments.update" | "establishments.import" | "establishments.export" | "projects.read" | "projects.create" | "projects.update" | "projects.transition" | "projects.disburse" | "projects.documents" | "projects.export" | "supportNorms.manage" | "plans.read" | "plans.manage" | "figures.report" | "dashboard.read" | "dashboard.export" | "selection.read" | "selection.manage" | "selection.approve" | "selection.score" | "selection.secretariat" | "tradePromotion.read" | "tradePromotion.manage" | "centres.read" | "centres.manage" | "conferences.read" | "conferences.manage" | "reports.read" | "reports.fill" | "reports.review" | "reportTemplates.read" | "reportTemplates.manage")[];
        };
        DataScope: {
            /** @enum {string} */
            kind: "NATIONAL" | "REGION" | "PROVINCE" | "ORGANISATION" | "SELECTION_MEMBER";
            regionCode?: string;
            provinceId?: string;
            organisationId?: string;
            /** @example Đồng Tháp */
            label: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @example VALIDATION_FAILED */
            code: string;
            errors?: {
                path: string;
                message: string;
            }[];
            requestId: string;
        };
        Credentials: {
            /**
             * Format: email
             * @example dongthap@demo.khuyencong.vn
             */
            email: string;
            /** @example khuyencong-demo */
            password: string;
        };
        PasswordChange: {
            currentPassword: string;
            /** @example mot cum tu that dai 2026 */
            newPassword: string;
        };
        PasswordResetRequest: {
            /** Format: email */
            email: string;
        };
        PasswordResetWithLink: {
            token: string;
            /** @example mot cum tu that dai 2026 */
            newPassword: string;
        };
        AdminUnit: {
            id: string;
            code: string;
            name: string;
            level: string;
            kind: string;
            kindLabel: string;
            validFrom: string;
            validTo: string | null;
            parentId: string | null;
            regionCode: string | null;
            regionLabel: string | null;
            predecessors: {
                id: string;
                code: string;
                name: string;
                validFrom: string;
                validTo: string | null;
            }[];
            successors: {
                id: string;
                code: string;
                name: string;
                validFrom: string;
                validTo: string | null;
            }[];
        };
        LegalDocument: {
            id: string;
            number: string;
            type: string;
            typeLabel: string;
            issuer: string;
            title: string;
            signedDate: string | null;
            effectiveDate: string | null;
            expiryDate: string | null;
            status: string;
            statusLabel: string;
            confidence: string;
            confidenceLabel: string;
            note: string | null;
        };
        Organisation: {
            id: string;
            type: string;
            typeLabel: string;
            name: string;
            shortName: string | null;
            provinceId: string | null;
            provinceName: string | null;
            regionCode: string | null;
            validFrom: string;
            validTo: string | null;
            successorId: string | null;
            nameHistory: {
                name: string;
                validFrom: string;
                validTo: string | null;
                confidence: string;
            }[];
        };
        CalendarYear: {
            year: number;
            days: components["schemas"]["CalendarDay"][];
            canManage: boolean;
        };
        CalendarDay: {
            date: string;
            working: boolean;
            reason: string | null;
            /** @enum {string} */
            source: "WEEKDAY" | "WEEKEND" | "PUBLIC_HOLIDAY" | "OVERRIDE";
            /** @description Quyết định hằng năm đã nhập cho ngày này (null: ngày theo luật) */
            decision: {
                /** @enum {string} */
                kind: "HOLIDAY" | "WORKING_DAY";
                kindLabel: string;
                name: string;
                decisionRef: string;
                version: number;
            } | null;
        };
        ScoringPage: {
            round: {
                id: string;
                title: string;
                status: string;
                statusLabel: string;
                version: number;
                frameApprovedAt: string | null;
                scoringClosedAt: string | null;
            };
            criteria: {
                id: string;
                position: number;
                criterionGroup: string;
                groupLabel: string;
                label: string;
                maxPoints: string;
            }[];
            frameTotal: string;
            seat: {
                memberId: string;
                role: string;
                roleLabel: string;
            } | null;
            entries: {
                id: string;
                productName: string;
                establishmentName: string;
                groupLabel: string;
                /** @description Giám khảo đang đăng nhập có liên quan đến cơ sở: không chấm */
                conflicted: boolean;
                mySheet: components["schemas"]["ScoreSheet"];
                sheetsIn: number;
                sheetsExpected: number;
            }[];
            actions: {
                proposeFrame?: components["schemas"]["ActionAvailability"];
                approveFrame?: components["schemas"]["ActionAvailability"];
                score?: components["schemas"]["ActionAvailability"];
                closeScoring?: components["schemas"]["ActionAvailability"];
                proposeList?: components["schemas"]["ActionAvailability"];
            };
        };
        ScoreSheet: {
            memberId: string;
            version: number;
            scores: {
                [key: string]: string;
            };
            total: string;
            note: string;
        } | null;
        ActionAvailability: {
            /** @description Thao tác thành công nếu biểu mẫu (nếu có) điền đúng */
            available: boolean;
            /** @description Lý do máy chủ sẽ từ chối thao tác lúc này, cùng mã với lỗi trả về */
            reasons: {
                code: string;
                messageVi: string;
            }[];
        };
        ScoringSummary: {
            roundId: string;
            closedAt: string;
            jurors: {
                memberId: string;
                name: string;
                roleLabel: string;
            }[];
            rows: {
                entryId: string;
                productName: string;
                establishmentName: string;
                groupLabel: string;
                totals: {
                    memberId: string;
                    total: string | null;
                    conflicted: boolean;
                }[];
                meanText: string | null;
                passes: boolean;
                rank: number | null;
                proposed: boolean;
            }[];
        };
        SelectionComplaints: {
            notifiedOn: string | null;
            /** @description Hạn cuối nhận khiếu nại (15 ngày làm việc kể từ ngày thông báo) */
            lastDay: string | null;
            /** @description Số ngày làm việc còn lại đến hạn cuối nhận khiếu nại (âm khi đã hết hạn) */
            windowWorkingDaysLeft: number | null;
            /** @description Đợt đang nhận khiếu nại */
            open: boolean;
            /** @description Người đăng nhập ghi nhận, giải quyết được khiếu nại */
            canKeep: boolean;
            complaints: components["schemas"]["SelectionComplaint"][];
            actions: {
                record?: components["schemas"]["ActionAvailability"];
            };
        };
        SelectionComplaint: {
            id: string;
            entryId: string | null;
            productName: string | null;
            filedOn: string;
            filedByName: string;
            content: string;
            receivedOn: string;
            dueOn: string;
            /** @description Chưa giải quyết và đã quá hạn giải quyết (10 ngày làm việc) */
            overdue: boolean;
            /** @description Số ngày làm việc còn lại đến hạn giải quyết (âm khi quá hạn); null khi đã giải quyết */
            workingDaysLeft: number | null;
            /** @enum {string} */
            status: "OPEN" | "UPHELD" | "REJECTED" | "WITHDRAWN";
            statusLabel: string;
            resolution: string;
            resolvedOn: string | null;
            version: number;
            actions: {
                resolve?: components["schemas"]["ActionAvailability"];
            };
        };
        CommuneImportResult: {
            dryRun: boolean;
            totalRows: number;
            validRows: number;
            created: number;
            updated: number;
            unchanged: number;
            errors: {
                row: number;
                column: string;
                path: string;
                code: string;
                message: string;
            }[];
        };
        CommuneImportProblem: components["schemas"]["Problem"] & {
            errors?: ({
                row: number;
                column: string;
                path: string;
                code: string;
                message: string;
            } | {
                path: string;
                message: string;
            })[];
            dryRun?: boolean;
            totalRows?: number;
            validRows?: number;
            created?: number;
            updated?: number;
            unchanged?: number;
        };
        User: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "CENTRAL_LEADER" | "CENTRAL_OFFICER" | "PROVINCIAL_LEADER" | "PROVINCIAL_OFFICER" | "IMPLEMENTER" | "AUDITOR" | "JUROR" | "COUNCIL_SECRETARY";
            roleLabel: string;
            scope: {
                kind: string;
                regionCode?: string;
                provinceId?: string;
                organisationId?: string;
                label: string;
            };
            organisation: {
                id: string;
                name: string;
            } | null;
            disabled: boolean;
            twoFactorEnabled: boolean;
            lastSignInAt: string | null;
            createdAt: string;
            version: number;
            /** @description Thao tác người gọi được thực hiện trên tài khoản; vắng mặt: không phải việc của người gọi */
            actions: {
                edit?: components["schemas"]["ActionAvailability"];
                disable?: components["schemas"]["ActionAvailability"];
                enable?: components["schemas"]["ActionAvailability"];
                revokeSessions?: components["schemas"]["ActionAvailability"];
                resetPassword?: components["schemas"]["ActionAvailability"];
            };
        };
        UserCreate: {
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "CENTRAL_LEADER" | "CENTRAL_OFFICER" | "PROVINCIAL_LEADER" | "PROVINCIAL_OFFICER" | "IMPLEMENTER" | "AUDITOR" | "JUROR" | "COUNCIL_SECRETARY";
            scope: {
                /** @enum {string} */
                kind: "NATIONAL";
            } | {
                /** @enum {string} */
                kind: "REGION";
                /** @enum {string} */
                regionCode: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
            } | {
                /** @enum {string} */
                kind: "PROVINCE";
                provinceId: string;
            } | {
                /** @enum {string} */
                kind: "ORGANISATION";
                organisationId: string;
            } | {
                /** @enum {string} */
                kind: "SELECTION_MEMBER";
            };
            organisationId?: string | null;
            password: string;
        };
        UserUpdate: {
            version: number;
            name?: string;
            /** @enum {string} */
            role?: "SYSTEM_ADMIN" | "CENTRAL_LEADER" | "CENTRAL_OFFICER" | "PROVINCIAL_LEADER" | "PROVINCIAL_OFFICER" | "IMPLEMENTER" | "AUDITOR" | "JUROR" | "COUNCIL_SECRETARY";
            scope?: {
                /** @enum {string} */
                kind: "NATIONAL";
            } | {
                /** @enum {string} */
                kind: "REGION";
                /** @enum {string} */
                regionCode: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
            } | {
                /** @enum {string} */
                kind: "PROVINCE";
                provinceId: string;
            } | {
                /** @enum {string} */
                kind: "ORGANISATION";
                organisationId: string;
            } | {
                /** @enum {string} */
                kind: "SELECTION_MEMBER";
            };
            organisationId?: string | null;
        };
        AuditEvent: {
            id: string;
            at: string;
            /** @enum {string} */
            category: "DATA" | "AUTH" | "ACCESS";
            action: string;
            actionLabel: string;
            outcome: string;
            outcomeLabel: string;
            actorUserId: string | null;
            actorName: string | null;
            actorEmail: string | null;
            actorRole: string | null;
            actorRoleLabel: string | null;
            entity: string | null;
            entityLabel: string | null;
            entityId: string | null;
            entityShortId: string | null;
            entityName: string | null;
            changes: components["schemas"]["AuditChange"][];
            requestId: string | null;
            ip: string | null;
        };
        AuditChange: {
            /** @description Tên trường trong ảnh chụp (để máy đọc), không hiển thị */
            field: string;
            label: string;
            before: components["schemas"]["AuditValue"];
            after: components["schemas"]["AuditValue"];
        };
        AuditValue: {
            text: string;
            table?: {
                columns: string[];
                rows: string[][];
            };
        } | null;
        Job: {
            id: string;
            kind: string;
            /** @enum {string} */
            status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
            progress: {
                done: number;
                total: number;
            };
            result: components["schemas"]["EstablishmentImportResult"];
            error: {
                code: string;
                detail: string;
            } | null;
        };
        EstablishmentImportResult: {
            dryRun: boolean;
            totalRows: number;
            validRows: number;
            created: number;
            updated: number;
            unchanged: number;
            errors: components["schemas"]["ImportProblem"][];
            warnings: components["schemas"]["ImportProblem"][];
        } | null;
        ImportProblem: {
            row: number;
            column: string;
            code: string;
            message: string;
            before?: string;
            after?: string;
        };
        EstablishmentListItem: {
            id: string;
            name: string;
            legalForm: string;
            legalFormLabel: string;
            subjectClass: string;
            taxCode: string | null;
            ownerName: string | null;
            province: {
                id: string;
                name: string;
            };
            commune: {
                id: string;
                name: string;
            };
            addressText: string;
            industries: {
                code: string;
                label: string;
            }[];
            mainProducts: string;
            eligibility: {
                verdict: string;
                verdictLabel: string;
            };
            hasSupport: boolean;
            status: string;
            updatedAt: string;
            version: number;
        };
        Establishment: components["schemas"]["EstablishmentListItem"] & {
            eligibility?: {
                verdict: string;
                verdictLabel: string;
                evaluatedOn: string;
                ruleSet: {
                    id: string;
                    version: number;
                    labelVi: string;
                    confidence: string;
                } | null;
                summaryVi: string;
                results: {
                    code: string;
                    verdict: string;
                    verdictLabel: string;
                    applicable: boolean;
                    reasonVi: string;
                }[];
                priorityFlags: {
                    code: string;
                    labelVi: string;
                    reasonVi: string;
                }[];
                certificatePriority: components["schemas"]["CertificatePriority"];
            };
            subjectClassLabel: string;
            businessRegNo: string | null;
            sites: {
                communeId: string;
                communeName: string;
                provinceName: string | null;
                addressText: string;
            }[];
            vsicCodes: string[];
            phone: string | null;
            email: string | null;
            website: string | null;
            yearData: {
                year: number;
                employees: number | null;
                totalCapital: string | null;
                totalAssets: string | null;
                revenue: string | null;
                localMaterialSharePct: number | null;
                hasExportContract: boolean | null;
                cnhtProduct: boolean | null;
            }[];
            abilities: ("update" | "archive" | "restore")[];
            /** @description Thao tác trang chi tiết đưa ra, mỗi thao tác kèm lý do sẽ bị từ chối (issue 14); vắng mặt: không phải việc của người gọi */
            actions: {
                update?: components["schemas"]["ActionAvailability"];
                archive?: components["schemas"]["ActionAvailability"];
                restore?: components["schemas"]["ActionAvailability"];
            };
            createdAt: string;
        };
        /** @description Ưu tiên theo Điều 21 Thông tư 26/2014/TT-BCT khi có giấy chứng nhận còn hiệu lực; null khi không có */
        CertificatePriority: {
            labelVi: string;
            reasonVi: string;
            certificateId: string;
            number: string;
            /** @description Mã công khai: trang xác minh /xac-minh/{publicId} */
            publicId: string;
            productName: string;
            validUntil: string;
        } | null;
        HistoryEntry: {
            id: string;
            at: string;
            actorName: string | null;
            actorEmail: string | null;
            actorRoleLabel: string | null;
            action: string;
            actionLabel: string;
            changes: components["schemas"]["AuditChange"][];
        };
        EstablishmentTradePromotion: {
            fairs: {
                participationId: string;
                fairId: string;
                code: string;
                name: string;
                level: string;
                levelLabel: string;
                status: string;
                statusLabel: string;
                startDate: string;
                endDate: string;
                /** @description Gian hàng tiêu chuẩn thuê riêng */
                wholeBooths: number;
                /** @description Gian hàng chung (mã), nếu có */
                sharedBoothKey: string | null;
                sharedBoothShareBps: number | null;
                /** @description Đồng, số nguyên dạng chuỗi */
                supportAmount: string;
            }[];
            brands: {
                id: string;
                brandName: string;
                markKindLabel: string;
                /** @description Cơ sở là thành viên của tập thể chủ sở hữu */
                asMember: boolean;
                collectiveName: string | null;
                registrationNumber: string | null;
                year: number;
                statusLabel: string;
                /** @description Đồng, số nguyên dạng chuỗi */
                supportAmount: string;
            }[];
            showrooms: {
                id: string;
                name: string;
                openedOn: string;
                closedOn: string | null;
                productsShown: string;
                /** @description Đồng, số nguyên dạng chuỗi */
                supportAmount: string;
            }[];
        };
        ProjectListItem: {
            id: string;
            code: string;
            title: string;
            kind: {
                code: string;
                label: string;
            };
            fundingLevel: {
                code: string;
                label: string;
            };
            planYear: number;
            province: {
                id: string;
                name: string;
            } | null;
            implementerName: string;
            activities: {
                code: string;
                label: string;
            }[];
            status: {
                code: string;
                label: string;
            };
            statusChangedAt: string;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            kcTotal: string;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            contractSupport: string | null;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            disbursedTotal: string;
            overdue: boolean;
            version: number;
        };
        ProjectDetail: components["schemas"]["ProjectListItem"] & {
            localLevel: string | null;
            selectionMethod: string;
            implementerOrgId: string | null;
            coordinatingOrgIds: string[];
            coordinatingOrgs: {
                id: string;
                name: string;
            }[];
            industries: string[];
            startDate: string | null;
            endDate: string | null;
            summary: string;
            flags: {
                [key: string]: boolean;
            };
            priorityMultiplierBps: number | null;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            counterpartTotal: string;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            otherTotal: string;
            contractSignedOn: string | null;
            pendingAdjustment: string[] | null;
            money: {
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                contractedSupport: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                disbursed: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                refunded: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                acceptedSpend: string | null;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                settled: string | null;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                refundDue: string | null;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                stillPayable: string | null;
            } | null;
            beneficiaries: {
                establishmentId: string;
                name: string;
                taxCode: string | null;
                shareBps: number | null;
                certificatePriority: components["schemas"]["CertificatePriority"];
            }[];
            sites: {
                communeId: string;
                communeName: string;
                addressText: string;
            }[];
            estimateLines: {
                id: string;
                item: string;
                spendingCategory: string;
                normCode: string | null;
                capUnits: number;
                quantity: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                unitPrice: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                kcAmount: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                counterpartAmount: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                otherAmount: string;
            }[];
            indicators: {
                code: string;
                target: string | null;
                achieved: string | null;
            }[];
            timeline: {
                id: number;
                code: string;
                label: string;
                fromStatus: string | null;
                toStatus: string | null;
                effectiveOn: string;
                at: string;
                actorName: string;
                actorRole: string;
                note: string;
                details?: unknown;
                warnings: {
                    code: string;
                    /** @enum {string} */
                    severity: "BLOCK" | "WARN";
                    messageVi: string;
                }[];
                documentIds: string[];
            }[];
            documents: {
                id: string;
                stepId: number | null;
                kind: {
                    code: string;
                    label: string;
                };
                number: string | null;
                issuedOn: string | null;
                signer: string | null;
                title: string;
                evidenceCode: string | null;
                file: {
                    name: string;
                    size: number;
                    mediaType: string;
                    sha256: string;
                } | null;
            }[];
            disbursements: {
                id: number;
                kind: string;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                amount: string;
                paidOn: string;
                treasuryRef: string | null;
            }[];
            progress: {
                period: string;
                dueBefore: string;
                status: string;
                reportedOn: string | null;
            }[];
            budget: {
                normDate: string;
                normSet: {
                    id: string;
                    labelVi: string;
                    version: number;
                } | null;
                caps: {
                    status: string;
                    /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                    capDong: string | null;
                    explanationVi: string;
                    exceeds: boolean;
                }[];
            };
            /** @description E9: dự án khác hỗ trợ cùng cơ sở, cùng nội dung trong thời gian trùng (cảnh báo) */
            duplicateSupport: {
                projectId: string;
                code: string;
                title: string;
                establishmentId: string;
                establishmentName: string;
                content: string;
                /** @enum {string} */
                matchedOn: "ITEM" | "CONTENT";
            }[];
            actions: {
                steps: {
                    code: string;
                    label: string;
                    authority: {
                        code: string;
                        label: string;
                    } | null;
                    documents: {
                        anyOf: {
                            code: string;
                            label: string;
                        }[];
                        fields: string[];
                        signedByAuthority: boolean;
                    }[];
                    /**
                     * @description FORWARD đưa đề án tiếp; ASIDE trả lại, đề nghị điều chỉnh, chuyển năm sau; END từ chối hoặc ngừng
                     * @enum {string}
                     */
                    direction: "FORWARD" | "ASIDE" | "END";
                    /** @description Không còn điều kiện chưa đáp ứng: bước thành công khi biểu mẫu điền đúng */
                    available: boolean;
                    /** @description Bước chính của trang: bước đầu tiên đưa đề án tiếp và đang thực hiện được */
                    primary: boolean;
                    /** @description Các điều kiện tiên quyết của bước (biểu mẫu không thay đổi được), đánh giá tại ngày hôm nay */
                    conditions: {
                        code: string;
                        label: string;
                        met: boolean;
                    }[];
                    /** @description Lý do máy chủ sẽ từ chối bước này lúc này, cùng mã với lỗi 422 */
                    blockers: {
                        /** @description Mã điều kiện (GuardCode) hoặc mã lý do của bảng bước, như trong lỗi 422 của bước */
                        code: string;
                        messageVi: string;
                    }[];
                    /** @description Cảnh báo không chặn bước, được ghi lại khi thực hiện */
                    warnings: {
                        /** @description Mã điều kiện (GuardCode) hoặc mã lý do của bảng bước, như trong lỗi 422 của bước */
                        code: string;
                        messageVi: string;
                    }[];
                    /** @description Những gì biểu mẫu của bước sẽ yêu cầu (văn bản, kết quả, số tiền) */
                    formRequirements: {
                        /** @description Mã điều kiện (GuardCode) hoặc mã lý do của bảng bước, như trong lỗi 422 của bước */
                        code: string;
                        messageVi: string;
                    }[];
                }[];
                edit: boolean;
                disburse: boolean;
                reportProgress: boolean;
                attach: boolean;
            };
        };
        SupportNormSet: {
            id: string;
            version: number;
            labelVi: string;
            legalDocumentKey: string;
            legalDocument: {
                number: string;
                title: string;
            } | null;
            fundingLevel: string;
            fundingLevelLabel: string;
            provinceId: string | null;
            provinceName: string | null;
            validFrom: string;
            validTo: string | null;
            confidence: string;
            confidenceLabel: string;
            datesConfidence: string;
            datesConfidenceLabel: string;
            noteVi: string;
            /**
             * @description SEED: nạp sẵn theo văn bản; ADMIN: do người dùng nhập
             * @enum {string}
             */
            source: "SEED" | "ADMIN";
            createdAt: string;
            normCount: number;
            /** @description copy: lập phiên bản mới từ bộ này; close: kết thúc hiệu lực; mỗi thao tác kèm lý do sẽ bị từ chối; vắng mặt: người gọi không quản lý định mức */
            actions: {
                copy?: components["schemas"]["ActionAvailability"];
                close?: components["schemas"]["ActionAvailability"];
            };
            /** @description Là bộ định mức được áp dụng vào ngày tra cứu (mặc định hôm nay) cho cấp kinh phí và địa bàn của nó */
            applies: boolean;
        };
        SupportNormSetDetail: components["schemas"]["SupportNormSet"] & {
            norms: components["schemas"]["SupportNorm"][];
        };
        SupportNorm: {
            /** @example b1 */
            code: string;
            activityVi: string;
            /** @description Tỷ lệ tối đa, phần vạn (3000 = 30 %) */
            maxShareBps: number | null;
            percentBase: string;
            percentBaseLabel: string;
            /**
             * @description Mức trần (đồng), số nguyên dạng chuỗi
             * @example 500000000
             */
            capDong: string | null;
            capUnit: string | null;
            capUnitLabel: string | null;
            /** @description Hệ số ưu tiên tối đa, phần vạn */
            priorityMultiplierMaxBps: number;
            noteVi: string | null;
            legalBasis: string;
            confidence: string;
            confidenceLabel: string;
        };
        Showroom: {
            id: string;
            name: string;
            kind: string;
            kindLabel: string;
            /** @description Trung tâm nơi đặt (khi đặt tại trung tâm) */
            centre: {
                id: string;
                name: string;
            } | null;
            /** @description Cơ sở nơi đặt (khi đặt tại cơ sở) */
            establishment: {
                id: string;
                name: string;
            } | null;
            province: {
                id: string;
                name: string;
            };
            commune: {
                id: string;
                name: string;
            } | null;
            addressText: string;
            productsShown: string;
            openedOn: string;
            closedOn: string | null;
            year: number;
            fundingProject: {
                id: string;
                code: string;
                title: string;
            } | null;
            /** @description Số tiền hỗ trợ (đồng), số nguyên dạng chuỗi */
            supportAmount: string;
            version: number;
            updatedAt: string;
            /** @description Người gọi được sửa bản ghi này */
            canEdit: boolean;
        };
        ExtensionCentreList: {
            day: string;
            averages: components["schemas"]["StaffingAverages"];
            /** @description Ngày số liệu gần nhất (đến ngày đang xem) của một trung tâm cấp tỉnh trong phạm vi, kể cả trung tâm đã sáp nhập; null khi chưa có */
            latestSnapshotDay: string | null;
            items: components["schemas"]["ExtensionCentre"][];
        };
        StaffingAverages: {
            day: string;
            /** @description Số trung tâm cấp tỉnh tồn tại vào ngày */
            centreCount: number;
            /** @description Số trung tâm có số liệu đến ngày */
            reportingCount: number;
            total: number;
            permanent: number;
            perCentreText: {
                total: string;
                permanent: string;
            };
            permanentShareText: string;
        };
        ExtensionCentre: {
            id: string;
            name: string;
            type: string;
            typeLabel: string;
            /** @description Cơ quan chủ quản (Sở Công Thương, Cục) */
            parent: {
                id: string;
                name: string;
            } | null;
            province: {
                id: string;
                name: string;
            } | null;
            regionCode: string | null;
            validFrom: string;
            validTo: string | null;
            successorId: string | null;
            latestStaffing: {
                id: string;
                asOf: string;
                total: number;
                permanent: number | null;
                contract: number | null;
                partTime: number | null;
                collaborators: number | null;
                note: string;
                version: number;
            } | null;
        };
        ExtensionCentrePage: {
            centre: components["schemas"]["ExtensionCentre"];
            /** @description Số người làm việc theo ngày, mới nhất trước */
            staffing: components["schemas"]["StaffingSnapshot"][];
            contracts: components["schemas"]["ConsultingContract"][];
            plans: components["schemas"]["ConsultingPlan"][];
            consulting: components["schemas"]["ConsultingSummary"];
            canEdit: boolean;
        };
        StaffingSnapshot: {
            id: string;
            asOf: string;
            total: number;
            permanent: number | null;
            contract: number | null;
            partTime: number | null;
            collaborators: number | null;
            note: string;
            version: number;
        };
        ConsultingContract: {
            id: string;
            client: {
                establishmentId: string | null;
                name: string;
            };
            subject: string;
            contractNumber: string | null;
            /** @description Số tiền: đồng (số nguyên dạng chuỗi) và chữ hiển thị (triệu đồng) */
            value: {
                dong: string;
                text: string;
            };
            signedOn: string;
            finishedOn: string | null;
            /** @description Số tiền: đồng (số nguyên dạng chuỗi) và chữ hiển thị (triệu đồng) */
            revenueReceived: {
                dong: string;
                text: string;
            };
            /** @enum {string} */
            state: "IN_PROGRESS" | "ACCEPTED" | "LIQUIDATED";
            stateLabel: string;
            /** @description Vì sao hợp đồng không xóa được nữa; null khi còn xóa được (ghi nhầm) */
            deletionRefusal: string | null;
            version: number;
        };
        ConsultingPlan: {
            year: number;
            /** @description Số tiền: đồng (số nguyên dạng chuỗi) và chữ hiển thị (triệu đồng) */
            revenuePlan: {
                dong: string;
                text: string;
            };
            /** @description Số dự án tư vấn kế hoạch năm */
            plannedProjects: number | null;
            version: number;
        };
        /** @description Tư vấn, dịch vụ của năm đã chọn so với kế hoạch */
        ConsultingSummary: {
            from: string;
            to: string;
            contractCount: number;
            /** @description Số tiền: đồng (số nguyên dạng chuỗi) và chữ hiển thị (triệu đồng) */
            revenue: {
                dong: string;
                text: string;
            };
            /** @description Kế hoạch doanh thu năm; null khi chưa có */
            yearPlan: {
                dong: string;
                text: string;
            } | null;
            /** @example 49,1 % */
            percentOfYearPlanText: string;
            samePeriodLastYear: {
                contractCount: number;
                /** @description Số tiền: đồng (số nguyên dạng chuỗi) và chữ hiển thị (triệu đồng) */
                revenue: {
                    dong: string;
                    text: string;
                };
            };
            /** @example 153,7 % */
            percentOfSamePeriodText: string;
            /** @description Câu như báo cáo hội nghị in: số dự án, doanh thu (tỷ đồng), % kế hoạch năm */
            sentenceVi: string;
        };
        ConferenceList: {
            items: components["schemas"]["Conference"][];
        };
        Conference: {
            id: string;
            regionCode: string;
            regionLabel: string;
            ordinal: number;
            /** @example lần thứ IX */
            ordinalLabel: string;
            /** @example Hội nghị khuyến công các tỉnh phía Nam lần thứ IX năm 2018 */
            title: string;
            year: number;
            heldOn: string;
            host: {
                id: string;
                name: string;
            };
            /** @description Tỉnh nhận cờ đăng cai hội nghị lần sau */
            nextHost: {
                id: string;
                name: string;
            } | null;
            venue: string;
            organisers: string;
            periodFrom: string;
            periodTo: string;
            note: string;
            resolutionCount: number;
            version: number;
        };
        ConferencePage: {
            conference: components["schemas"]["Conference"];
            resolutions: components["schemas"]["ConferenceResolution"][];
            canEdit: boolean;
        };
        ConferenceResolution: {
            id: string;
            text: string;
            documentNumber: string | null;
            file: {
                name: string;
                size: number;
            } | null;
            createdAt: string;
        };
        BrandSupportCap: {
            /** @description Ngày lấy định mức (ngày nộp đơn) */
            normDate: string;
            normSet: {
                id: string;
                labelVi: string;
            } | null;
            normCode: string | null;
            /** @description Mức hỗ trợ tối đa (đồng); null: chưa kiểm tra được */
            capDong: string | null;
            percentCapDong: string | null;
            absoluteCapDong: string | null;
            explanationVi: string;
        };
        BrandSupport: {
            id: string;
            brandName: string;
            markKind: string;
            markKindLabel: string;
            /** @description Cơ sở chủ sở hữu (nhãn hiệu của một cơ sở) */
            holder: {
                id: string;
                name: string;
            } | null;
            /** @description Tập thể chủ sở hữu (nhãn hiệu tập thể) */
            collectiveName: string | null;
            /** @description Cơ sở thành viên của tập thể */
            members: {
                id: string;
                name: string;
            }[];
            province: {
                id: string;
                name: string;
            };
            applicationNumber: string | null;
            applicationDate: string | null;
            registrationNumber: string | null;
            registrationDate: string | null;
            year: number;
            /** @description Chi phí xây dựng, đăng ký (đồng), số nguyên dạng chuỗi */
            cost: string;
            /** @description Số tiền hỗ trợ (đồng), số nguyên dạng chuỗi */
            supportAmount: string;
            /** @description Định mức đã áp dụng (h), null khi chưa kiểm tra được */
            normCode: string | null;
            normSetLabel: string | null;
            project: {
                id: string;
                code: string;
                title: string;
            } | null;
            status: string;
            statusLabel: string;
            version: number;
            updatedAt: string;
            canEdit: boolean;
        };
        Programme: {
            id: string;
            /** @enum {string} */
            level: "QUOC_GIA" | "DIA_PHUONG";
            unitId: string | null;
            unitLabelVi: string | null;
            nameVi: string;
            decisionNumber: string;
            decisionDate: string;
            issuerVi: string;
            yearFrom: number;
            yearTo: number;
            targets: {
                /** @enum {string} */
                indicator: "BUDGET_EXEC" | "ESTAB_SUPPORTED" | "TRAINEES" | "DEMO_MODELS" | "MACHINERY_ESTAB" | "TECH_TRANSFER" | "SXSH_ASSESS" | "BOOTHS" | "FAIR_PARTICIPATIONS" | "PRODUCTS_CERTIFIED" | "BRANDS" | "SHOWROOMS" | "CONSULTING" | "CCN_PLANNING" | "CCN_INFRA" | "POLLUTION" | "RELOCATION" | "MEDIA" | "EVENTS" | "FAIRS_ORGANISED" | "SELECTION_ROUNDS" | "SELECTION_ENTRIES";
                labelVi: string;
                target: string;
                targetText: string;
            }[];
            version: number;
        };
        AnnualPlanSummary: {
            id: string;
            unitId: string;
            unitLabelVi: string;
            year: number;
            programmeId: string;
            programmeNameVi: string;
            revision: number;
            decisionNumber: string;
            decisionDate: string;
            total: components["schemas"]["Money"];
            bySource: {
                KCQG: components["schemas"]["Money"];
                KCDP: components["schemas"]["Money"];
                COUNTERPART: components["schemas"]["Money"];
                OTHER: components["schemas"]["Money"];
            };
            executed: components["schemas"]["Money"];
            execPct: components["schemas"]["Percent"];
            version: number;
        };
        Money: {
            dong: string;
            text: string;
        };
        Percent: {
            value: string;
            text: string;
        } | null;
        AnnualPlanDetail: components["schemas"]["AnnualPlanSummary"] & {
            lines: {
                /** @enum {string} */
                source: "KCQG" | "KCDP_TINH" | "KCDP_HUYEN" | "KCDP_XA" | "COUNTERPART" | "OTHER";
                /** @enum {string} */
                content: "A1_DAO_TAO_NGHE" | "A2_NANG_LUC_QUAN_LY" | "A3_MO_HINH_CONG_NGHE" | "A4_SAN_PHAM_THI_TRUONG" | "A5_TU_VAN" | "A6_THONG_TIN" | "A7_LIEN_KET_CCN_MOI_TRUONG" | "A8_HOP_TAC_QUOC_TE" | "A9_NANG_LUC_KHUYEN_CONG" | "QUAN_LY";
                amount: string;
            }[];
            executedBySource: {
                KCQG: components["schemas"]["Money"];
                KCDP: components["schemas"]["Money"];
                COUNTERPART: components["schemas"]["Money"];
                OTHER: components["schemas"]["Money"];
            };
            execPctBySource: {
                KCQG: components["schemas"]["Percent"];
                KCDP: components["schemas"]["Percent"];
                COUNTERPART: components["schemas"]["Percent"];
                OTHER: components["schemas"]["Percent"];
            };
            revisions: {
                revision: number;
                decisionNumber: string;
                decisionDate: string;
                noteVi: string;
                total: components["schemas"]["Money"];
                lines: {
                    /** @enum {string} */
                    source: "KCQG" | "KCDP_TINH" | "KCDP_HUYEN" | "KCDP_XA" | "COUNTERPART" | "OTHER";
                    /** @enum {string} */
                    content: "A1_DAO_TAO_NGHE" | "A2_NANG_LUC_QUAN_LY" | "A3_MO_HINH_CONG_NGHE" | "A4_SAN_PHAM_THI_TRUONG" | "A5_TU_VAN" | "A6_THONG_TIN" | "A7_LIEN_KET_CCN_MOI_TRUONG" | "A8_HOP_TAC_QUOC_TE" | "A9_NANG_LUC_KHUYEN_CONG" | "QUAN_LY";
                    amount: string;
                }[];
                createdAt: string;
                createdByName: string;
            }[];
            /** @description Điều chỉnh kế hoạch theo quyết định mới, kèm lý do sẽ bị từ chối; vắng mặt: người gọi không quản lý kế hoạch */
            actions: {
                revise?: components["schemas"]["ActionAvailability"];
            };
        };
        ReportedFigure: {
            id: string;
            unitId: string;
            unitLabelVi: string;
            year: number;
            cutoffMonth: number;
            /** @enum {string} */
            indicator: "BUDGET_EXEC" | "ESTAB_SUPPORTED" | "TRAINEES" | "DEMO_MODELS" | "MACHINERY_ESTAB" | "TECH_TRANSFER" | "SXSH_ASSESS" | "BOOTHS" | "FAIR_PARTICIPATIONS" | "PRODUCTS_CERTIFIED" | "BRANDS" | "SHOWROOMS" | "CONSULTING" | "CCN_PLANNING" | "CCN_INFRA" | "POLLUTION" | "RELOCATION" | "MEDIA" | "EVENTS" | "FAIRS_ORGANISED" | "SELECTION_ROUNDS" | "SELECTION_ENTRIES";
            indicatorLabelVi: string;
            /** @enum {string|null} */
            source: "KCQG" | "KCDP_TINH" | "KCDP_HUYEN" | "KCDP_XA" | "COUNTERPART" | "OTHER" | null;
            sourceLabelVi: string | null;
            /** @enum {string|null} */
            content: "A1_DAO_TAO_NGHE" | "A2_NANG_LUC_QUAN_LY" | "A3_MO_HINH_CONG_NGHE" | "A4_SAN_PHAM_THI_TRUONG" | "A5_TU_VAN" | "A6_THONG_TIN" | "A7_LIEN_KET_CCN_MOI_TRUONG" | "A8_HOP_TAC_QUOC_TE" | "A9_NANG_LUC_KHUYEN_CONG" | "QUAN_LY" | null;
            value: string;
            valueText: string;
            /** @enum {string} */
            valueKind: "ACTUAL" | "ESTIMATE";
            noteVi: string;
            version: number;
        };
        FigureCheckResult: {
            id: string;
            /** @enum {string} */
            kind: "SUM" | "PERCENT" | "GROWTH" | "RECOVERED_PLAN" | "AT_MOST";
            labelVi: string;
            ok: boolean;
            stated: string;
            computed: string;
            difference: string;
            flag: {
                /** @enum {string} */
                code: "SUM_MISMATCH" | "PERCENT_MISMATCH" | "GROWTH_MISMATCH" | "GROWTH_IMPOSSIBLE" | "PERCENT_IMPOSSIBLE" | "RECOVERED_PLAN_MISMATCH" | "COUNT_EXCEEDS_BOUND";
                stated: string;
                computed: string;
                difference: string;
                messageVi: string;
            } | null;
        };
        PeriodicReportAggregate: {
            template: components["schemas"]["ReportTemplate"];
            period: {
                year: number;
                index: number;
                labelVi: string;
                from: string;
                to: string;
            };
            scope: {
                /** @enum {string} */
                kind: "NATIONAL" | "REGION";
                /** @enum {string|null} */
                region: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM" | null;
                labelVi: string;
            };
            /** @enum {string} */
            basis: "AS_OF" | "CURRENT";
            basisLabelVi: string;
            cells: {
                /** @description Dòng/cột, ví dụ KP/PERIOD */
                cell: string;
                row: string;
                /** @enum {string} */
                column: "PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH";
                /** @description Tổng (hoặc tỷ lệ tính lại từ các tổng); null khi các tỉnh báo cáo khác loại số liệu */
                value: string | null;
                text: string | null;
                /** @enum {string|null} */
                valueKind: "PLAN" | "ESTIMATE" | "ACTUAL" | null;
                byKind: {
                    /** @enum {string} */
                    valueKind: "PLAN" | "ESTIMATE" | "ACTUAL";
                    value: string;
                    text: string;
                    provinces: number;
                }[];
                /** @description Số tỉnh đã duyệt có số liệu ở ô này */
                reporting: number;
                /** @description Tỷ lệ tính lại từ các số tổng, không cộng hay bình quân tỷ lệ của tỉnh */
                recomputed: boolean;
                /** @description Tổng số cơ sở không trùng lặp của từng tỉnh: là cận trên, một cơ sở có thể được hai tỉnh đếm */
                distinctCountSum: boolean;
                contributions: {
                    provinceId: string;
                    provinceLabelVi: string;
                    reportId: string;
                    value: string;
                    text: string;
                    /** @enum {string} */
                    valueKind: "PLAN" | "ESTIMATE" | "ACTUAL";
                }[];
                /** @description Số tỉnh góp vào ô này mà người xem không được xem số liệu riêng */
                withheld: number;
            }[];
            included: {
                id: string;
                labelVi: string;
                /** @description Tỉnh mà số liệu được tính vào: chính nó, hoặc tỉnh hiện nay khi quy đổi */
                countedAsId: string;
                countedAsLabelVi: string;
                /** @description null khi chưa mở báo cáo, hoặc khi người xem không được xem */
                reportId: string | null;
                /** @enum {string|null} */
                state: "DRAFT" | "SUBMITTED" | "RETURNED" | "RESUBMITTED" | "APPROVED" | "LOCKED" | null;
                stateLabelVi: string;
            }[];
            missing: {
                id: string;
                labelVi: string;
                /** @description Tỉnh mà số liệu được tính vào: chính nó, hoặc tỉnh hiện nay khi quy đổi */
                countedAsId: string;
                countedAsLabelVi: string;
                /** @description null khi chưa mở báo cáo, hoặc khi người xem không được xem */
                reportId: string | null;
                /** @enum {string|null} */
                state: "DRAFT" | "SUBMITTED" | "RETURNED" | "RESUBMITTED" | "APPROVED" | "LOCKED" | null;
                stateLabelVi: string;
            }[];
            checks: {
                id: string;
                cell: string;
                cells: string[];
                /** @enum {string} */
                severity: "ERROR" | "WARNING";
                result: components["schemas"]["FigureCheckResult"];
            }[];
        };
        ReportTemplate: {
            id: string;
            code: string;
            version: number;
            titleVi: string;
            /** @enum {string} */
            periodKind: "QUARTER" | "HALF_YEAR" | "YEAR" | "CUTOFF_MONTH";
            /** @enum {string} */
            windowRule: "CALENDAR" | "CUTOFF_15_TO_14";
            deadlineDaysAfterWindow: number;
            validFrom: string;
            validTo: string | null;
            legalDocumentId: string;
            columns: {
                /** @enum {string} */
                code: "PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH";
                labelVi: string;
                /** @enum {string} */
                kind: "AMOUNT" | "PERCENT";
            }[];
            sections: {
                code: string;
                titleVi: string;
                rows: {
                    code: string;
                    labelVi: string;
                    indicator: string;
                    unit: {
                        /** @enum {string} */
                        kind: "MONEY" | "COUNT";
                        unitVi?: string;
                    };
                    columns: ("PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH")[];
                    partOf?: {
                        row: string;
                        /** @enum {string} */
                        partition: "SOURCE" | "CONTENT";
                    };
                    atMost?: string;
                    /** @description Ô của dòng này được lấy từ hồ sơ khi mở báo cáo */
                    prefilled: boolean;
                }[];
            }[];
            narrative: {
                code: string;
                titleVi: string;
            }[];
            acknowledgeable: ("GROWTH" | "PERCENT")[];
        };
        PeriodicReportSummary: {
            id: string;
            templateId: string;
            titleVi: string;
            provinceId: string;
            provinceLabelVi: string;
            year: number;
            periodIndex: number;
            periodLabelVi: string;
            windowFrom: string;
            windowTo: string;
            dueOn: string;
            /** @enum {string} */
            state: "DRAFT" | "SUBMITTED" | "RETURNED" | "RESUBMITTED" | "APPROVED" | "LOCKED";
            stateLabelVi: string;
            firstSubmittedAt: string | null;
            version: number;
        };
        PeriodicReport: components["schemas"]["PeriodicReportSummary"] & {
            template: components["schemas"]["ReportTemplate"];
            lastSubmittedAt: string | null;
            cells: {
                /** @description Dòng/cột, ví dụ KP/PERIOD */
                cell: string;
                row: string;
                /** @enum {string} */
                column: "PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH";
                /** @description Số nguyên (đồng hoặc số đếm) hoặc tỷ lệ phần trăm như 26.59 */
                value: string;
                /** @description Giá trị như in trong báo cáo: triệu đồng, số đếm hoặc phần trăm */
                text: string;
                /** @enum {string} */
                valueKind: "PLAN" | "ESTIMATE" | "ACTUAL";
                /** @enum {string} */
                source: "PREFILLED" | "MANUAL";
                records: {
                    labelVi: string;
                    href: string;
                } | null;
                revision: number;
                previous: {
                    revision: number;
                    value: string;
                    /** @enum {string} */
                    valueKind: "PLAN" | "ESTIMATE" | "ACTUAL";
                    source: string;
                }[];
            }[];
            missingCells: string[];
            checks: {
                id: string;
                cell: string;
                cells: string[];
                /** @enum {string} */
                severity: "ERROR" | "WARNING";
                result: components["schemas"]["FigureCheckResult"];
            }[];
            narrative: {
                [key: string]: string;
            };
            comments: {
                id: string;
                cell: string | null;
                body: string;
                submissionNumber: number;
                createdAt: string;
                createdByName: string;
            }[];
            submissions: {
                number: number;
                step: string;
                submittedAt: string;
                submittedByName: string;
                acknowledgements: {
                    checkId: string;
                    reasonVi: string;
                }[];
            }[];
            actions: {
                [key: string]: components["schemas"]["ActionAvailability"];
            };
        };
        ReportSubmissionDiff: {
            from: number;
            to: number;
            cells: {
                cell: string;
                before: string | null;
                after: string | null;
                beforeKind: string | null;
                afterKind: string | null;
            }[];
            narrative: {
                section: string;
                before: string;
                after: string;
            }[];
        };
        ReportTemplateCode: {
            code: string;
            /** @description Tên của phiên bản mới nhất */
            titleVi: string;
            /** @enum {string} */
            periodKind: "QUARTER" | "HALF_YEAR" | "YEAR" | "CUTOFF_MONTH";
            /** @description Theo ngày bắt đầu hiệu lực, mới nhất trước */
            versions: components["schemas"]["ReportTemplateVersionSummary"][];
        };
        ReportTemplateVersionSummary: {
            id: string;
            code: string;
            version: number;
            titleVi: string;
            /** @enum {string} */
            periodKind: "QUARTER" | "HALF_YEAR" | "YEAR" | "CUTOFF_MONTH";
            periodKindLabelVi: string;
            /** @enum {string} */
            windowRule: "CALENDAR" | "CUTOFF_15_TO_14";
            deadlineDaysAfterWindow: number;
            validFrom: string;
            validTo: string | null;
            /** @description Có hiệu lực vào hôm nay */
            inForce: boolean;
            legalDocument: {
                id: string;
                /** @description Số, ký hiệu văn bản: 28/2018/TT-BCT */
                number: string;
                title: string;
                signedDate: string | null;
                issuer: string;
            } | null;
            /** @description Số báo cáo đã mở theo phiên bản này */
            reportCount: number;
            lastReportWindowTo: string | null;
            /** @enum {string} */
            source: "SEED" | "ADMIN";
            /** @description Gửi lại khi sửa (xung đột phiên bản: 409) */
            revision: number;
        };
        ReportTemplateVersionDetail: components["schemas"]["ReportTemplateVersionSummary"] & {
            definition: components["schemas"]["ReportTemplate"];
            /** @description Các kiểm tra tự động sinh từ cấu trúc của phiên bản */
            checks: {
                id: string;
                /** @enum {string} */
                kind: "SUM" | "PERCENT" | "GROWTH" | "RECOVERED_PLAN" | "AT_MOST";
                /** @enum {string} */
                severity: "ERROR" | "WARNING";
                /** @description Ví dụ: KP = KP_KCQG + KP_KCDP (thực hiện kỳ báo cáo) */
                formula: string;
                descriptionVi: string;
            }[];
            /** @description Các dòng không được dòng nào khác tham chiếu */
            removableRows: string[];
            /** @description Phiên bản bắt đầu muộn nhất của mẫu: phiên bản mới sẽ kết thúc nó */
            latest: {
                id: string;
                version: number;
                revision: number;
            };
            actions: {
                [key: string]: components["schemas"]["ActionAvailability"];
            };
        };
        ReportTemplateVersionInput: {
            /** @description revision của phiên bản bắt đầu muộn nhất (latest) như đã đọc: phiên bản đó sẽ được kết thúc */
            previousRevision: number;
            /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
            validFrom: string;
            /**
             * @description Xác nhận chủ ý để một khoảng thời gian không có phiên bản nào có hiệu lực
             * @default false
             */
            acknowledgeGap: boolean;
            titleVi: string;
            /** @enum {string} */
            windowRule: "CALENDAR" | "CUTOFF_15_TO_14";
            /** @description Hạn nộp: số ngày sau ngày cuối kỳ */
            deadlineDaysAfterWindow: number;
            legalDocumentId: string;
            sections: {
                code: string;
                titleVi: string;
                rows: {
                    code: string;
                    labelVi: string;
                    indicator: string;
                    unit: {
                        /** @enum {string} */
                        kind: "MONEY";
                    } | {
                        /** @enum {string} */
                        kind: "COUNT";
                        unitVi: string;
                    };
                    columns: ("PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH")[];
                    partOf?: {
                        row: string;
                        /** @enum {string} */
                        partition: "SOURCE" | "CONTENT";
                    };
                    atMost?: string;
                }[];
            }[];
            narrative: {
                code: string;
                titleVi: string;
            }[];
        };
        ReportTemplateVersionChange: {
            revision: number;
            /** @description null: còn hiệu lực, không hạn */
            validTo?: string | null;
            /**
             * @description Xác nhận chủ ý để một khoảng thời gian không có phiên bản nào có hiệu lực
             * @default false
             */
            acknowledgeGap: boolean;
            titleVi?: string;
            /** @enum {string} */
            windowRule?: "CALENDAR" | "CUTOFF_15_TO_14";
            /** @description Hạn nộp: số ngày sau ngày cuối kỳ */
            deadlineDaysAfterWindow?: number;
            legalDocumentId?: string;
            sections?: {
                code: string;
                titleVi: string;
                rows: {
                    code: string;
                    labelVi: string;
                    indicator: string;
                    unit: {
                        /** @enum {string} */
                        kind: "MONEY";
                    } | {
                        /** @enum {string} */
                        kind: "COUNT";
                        unitVi: string;
                    };
                    columns: ("PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH")[];
                    partOf?: {
                        row: string;
                        /** @enum {string} */
                        partition: "SOURCE" | "CONTENT";
                    };
                    atMost?: string;
                }[];
            }[];
            narrative?: {
                code: string;
                titleVi: string;
            }[];
        };
        ReportObligationList: {
            items: components["schemas"]["ReportObligation"][];
            needingAction: number;
        };
        ReportObligation: {
            templateId: string;
            titleVi: string;
            provinceId: string;
            provinceLabel: string;
            year: number;
            periodIndex: number;
            periodLabelVi: string;
            windowFrom: string;
            windowTo: string;
            dueOn: string;
            /** @enum {string} */
            status: "OVERDUE" | "RETURNED" | "DUE_SOON" | "NOT_YET_DUE" | "SENT_LATE" | "SENT_ON_TIME" | "APPROVED" | "LOCKED";
            statusLabelVi: string;
            /** @enum {string} */
            timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
            /** @description Số ngày đến hạn: dương là còn, âm là trễ */
            daysToDue: number;
            dueInWordsVi: string;
            reportId: string | null;
            /** @enum {string|null} */
            reportState: "DRAFT" | "SUBMITTED" | "RETURNED" | "RESUBMITTED" | "APPROVED" | "LOCKED" | null;
            firstSubmittedOn: string | null;
            canOpen: boolean;
        };
        ReportCompleteness: {
            periods: {
                templateId: string;
                titleVi: string;
                year: number;
                periodIndex: number;
                labelVi: string;
                dueOn: string;
                totals: {
                    expected: number;
                    onTime: number;
                    late: number;
                    missing: number;
                    notYetDue: number;
                    /** @description Đã gửi / phải gửi, "84,12 %" */
                    completenessText: string;
                    /** @description Gửi đúng hạn / phải gửi */
                    timelinessText: string;
                };
                provinces: {
                    provinceId: string;
                    provinceLabel: string;
                    regionCode: string;
                    regionLabelVi: string;
                    /** @enum {string} */
                    timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
                    firstSubmittedOn: string | null;
                    reportId: string | null;
                }[];
            }[];
        };
        ReportAwardsRanking: {
            year: number;
            rows: {
                rank: number;
                provinceId: string;
                provinceLabel: string;
                due: number;
                onTime: number;
                sent: number;
                consistent: number;
                onTimeText: string;
                completeText: string;
                consistentText: string;
            }[];
        };
        ReportReminderSweep: {
            decided: number;
            sent: number;
            failed: number;
        };
        ReportAttachments: {
            attachments: {
                id: string;
                /** @description Tên tệp (NFC) như khi tải lên */
                name: string;
                /** @description Loại tệp nhận ra từ nội dung */
                mediaType: string;
                size: number;
                sha256: string;
                description: string;
                createdAt: string;
                createdByName: string | null;
            }[];
            /** @description Số tệp tối đa của một báo cáo */
            max: number;
            actions: {
                add?: components["schemas"]["ActionAvailability"];
                remove?: components["schemas"]["ActionAvailability"];
            };
        };
        DashboardBudgetView: {
            scope: {
                /** @enum {string} */
                level: "NATIONAL" | "REGION" | "UNIT";
                region: string | null;
                unit: string | null;
                labelVi: string;
                parents: {
                    labelVi: string;
                    region?: string;
                    unit?: string;
                }[];
                /** @description Các tỉnh cũ (trước sắp xếp 2025) mà số liệu của đơn vị trong năm đã chọn bao gồm, ví dụ Đồng Tháp năm 2017 gồm Đồng Tháp và Tiền Giang cũ; rỗng khi số liệu là của chính đơn vị. */
                formerUnits: {
                    id: string;
                    name: string;
                    labelVi: string;
                }[];
            };
            year: number;
            cutoffMonth: number;
            /** @enum {string} */
            basis: "AS_OF" | "CURRENT";
            periodLabelVi: string;
            totals: {
                plan: components["schemas"]["MoneyOrNone"];
                exec: components["schemas"]["Money"];
                execPct: components["schemas"]["Percent"];
                prevExec: components["schemas"]["Money"];
                growth: components["schemas"]["Percent"];
                carriedOver: components["schemas"]["Money"];
                reported: components["schemas"]["Money"];
            };
            bySource: {
                plan: components["schemas"]["MoneyOrNone"];
                exec: components["schemas"]["Money"];
                execPct: components["schemas"]["Percent"];
                prevExec: components["schemas"]["Money"];
                growth: components["schemas"]["Percent"];
                source: string;
                labelVi: string;
            }[];
            rows: {
                plan: components["schemas"]["MoneyOrNone"];
                exec: components["schemas"]["Money"];
                execPct: components["schemas"]["Percent"];
                prevExec: components["schemas"]["Money"];
                growth: components["schemas"]["Percent"];
                key: string;
                labelVi: string;
                /** @enum {string} */
                level: "REGION" | "UNIT";
                drill: {
                    region?: string;
                    unit?: string;
                } | null;
                bySource: {
                    KCQG: {
                        plan: components["schemas"]["MoneyOrNone"];
                        exec: components["schemas"]["Money"];
                        execPct: components["schemas"]["Percent"];
                        prevExec: components["schemas"]["Money"];
                        growth: components["schemas"]["Percent"];
                    };
                    KCDP: {
                        plan: components["schemas"]["MoneyOrNone"];
                        exec: components["schemas"]["Money"];
                        execPct: components["schemas"]["Percent"];
                        prevExec: components["schemas"]["Money"];
                        growth: components["schemas"]["Percent"];
                    };
                };
            }[];
            ranking: {
                top: {
                    plan: components["schemas"]["MoneyOrNone"];
                    exec: components["schemas"]["Money"];
                    execPct: components["schemas"]["Percent"];
                    prevExec: components["schemas"]["Money"];
                    growth: components["schemas"]["Percent"];
                    key: string;
                    labelVi: string;
                    /** @enum {string} */
                    level: "REGION" | "UNIT";
                    drill: {
                        region?: string;
                        unit?: string;
                    } | null;
                    bySource: {
                        KCQG: {
                            plan: components["schemas"]["MoneyOrNone"];
                            exec: components["schemas"]["Money"];
                            execPct: components["schemas"]["Percent"];
                            prevExec: components["schemas"]["Money"];
                            growth: components["schemas"]["Percent"];
                        };
                        KCDP: {
                            plan: components["schemas"]["MoneyOrNone"];
                            exec: components["schemas"]["Money"];
                            execPct: components["schemas"]["Percent"];
                            prevExec: components["schemas"]["Money"];
                            growth: components["schemas"]["Percent"];
                        };
                    };
                }[];
                bottom: {
                    plan: components["schemas"]["MoneyOrNone"];
                    exec: components["schemas"]["Money"];
                    execPct: components["schemas"]["Percent"];
                    prevExec: components["schemas"]["Money"];
                    growth: components["schemas"]["Percent"];
                    key: string;
                    labelVi: string;
                    /** @enum {string} */
                    level: "REGION" | "UNIT";
                    drill: {
                        region?: string;
                        unit?: string;
                    } | null;
                    bySource: {
                        KCQG: {
                            plan: components["schemas"]["MoneyOrNone"];
                            exec: components["schemas"]["Money"];
                            execPct: components["schemas"]["Percent"];
                            prevExec: components["schemas"]["Money"];
                            growth: components["schemas"]["Percent"];
                        };
                        KCDP: {
                            plan: components["schemas"]["MoneyOrNone"];
                            exec: components["schemas"]["Money"];
                            execPct: components["schemas"]["Percent"];
                            prevExec: components["schemas"]["Money"];
                            growth: components["schemas"]["Percent"];
                        };
                    };
                }[];
            };
            /** @description Mỗi năm từ năm đầu có số liệu (tối đa 10 năm) đến năm đã chọn, không bỏ năm nào; năm không có kế hoạch hoặc không có số thực hiện mang null (khoảng trống trên biểu đồ), không phải 0. */
            trend: {
                year: number;
                plan: components["schemas"]["MoneyOrNone"];
                exec: components["schemas"]["MoneyOrNone"];
                execPct: components["schemas"]["Percent"];
            }[];
            /** @description Thực hiện trong từng tháng từ các khoản chi đã ghi nhận; tháng không có số liệu tháng mang null, không phải 0. Số liệu báo cáo (cả năm hoặc lũy kế đến một tháng) không bao giờ nằm ở đây mà ở reportedCutoffs. */
            monthly: {
                month: number;
                exec: components["schemas"]["MoneyOrNone"];
                cumulative: components["schemas"]["MoneyOrNone"];
                cumulativePct: components["schemas"]["Percent"];
            }[];
            /** @description Số liệu do đơn vị báo cáo, lũy kế từ đầu năm đến hết tháng chốt số liệu (ANNUAL khi chốt tháng 12): giá trị lũy kế tại mốc, không phải số của riêng tháng đó. */
            reportedCutoffs: {
                month: number;
                /** @enum {string} */
                kind: "ANNUAL" | "YEAR_TO_DATE";
                value: components["schemas"]["Money"];
                pct: components["schemas"]["Percent"];
            }[];
        };
        MoneyOrNone: {
            dong: string;
            text: string;
        } | null;
        DashboardOutputs: {
            scope: {
                /** @enum {string} */
                level: "NATIONAL" | "REGION" | "UNIT";
                region: string | null;
                unit: string | null;
                labelVi: string;
                parents: {
                    labelVi: string;
                    region?: string;
                    unit?: string;
                }[];
                /** @description Các tỉnh cũ (trước sắp xếp 2025) mà số liệu của đơn vị trong năm đã chọn bao gồm, ví dụ Đồng Tháp năm 2017 gồm Đồng Tháp và Tiền Giang cũ; rỗng khi số liệu là của chính đơn vị. */
                formerUnits: {
                    id: string;
                    name: string;
                    labelVi: string;
                }[];
            };
            yearFrom: number;
            yearTo: number;
            indicators: {
                code: string;
                labelVi: string;
                unitVi: string;
                total: string;
                byYear: {
                    year: number;
                    value: string;
                    /** @description Số đơn vị báo cáo (null khi không có báo cáo cho năm này). */
                    reported: string | null;
                    /** @description Số đếm từ hồ sơ trong hệ thống (hội chợ, giấy chứng nhận…). */
                    recounted: string;
                }[];
            }[];
        };
        DashboardRecords: {
            scope: {
                /** @enum {string} */
                level: "NATIONAL" | "REGION" | "UNIT";
                region: string | null;
                unit: string | null;
                labelVi: string;
                parents: {
                    labelVi: string;
                    region?: string;
                    unit?: string;
                }[];
                /** @description Các tỉnh cũ (trước sắp xếp 2025) mà số liệu của đơn vị trong năm đã chọn bao gồm, ví dụ Đồng Tháp năm 2017 gồm Đồng Tháp và Tiền Giang cũ; rỗng khi số liệu là của chính đơn vị. */
                formerUnits: {
                    id: string;
                    name: string;
                    labelVi: string;
                }[];
            };
            total: components["schemas"]["Money"];
            projects: {
                id: string;
                code: string;
                title: string;
                /** @enum {string} */
                fundingLevel: "KCQG" | "KCDP";
                budgetYear: number;
                exec: components["schemas"]["Money"];
            }[];
            reported: {
                id: string;
                unitLabelVi: string;
                cutoffMonth: number;
                source: string;
                sourceLabelVi: string;
                value: components["schemas"]["Money"];
                /** @enum {string} */
                valueKind: "ACTUAL" | "ESTIMATE";
                noteVi: string;
            }[];
        };
        TaskList: {
            items: components["schemas"]["Task"][];
            /** @description Số việc cần xử lý (bằng số ở huy hiệu trên đầu trang) */
            count: number;
            overdueCount: number;
            /** @description Danh sách chỉ hiện một phần vì quá dài */
            truncated: boolean;
            /** @description Ngày, dạng YYYY-MM-DD */
            today: string;
        };
        Task: {
            kind: {
                /** @enum {string} */
                code: "RETURNED" | "PROGRESS_OVERDUE" | "REGISTRATION" | "APPRAISAL" | "APPROVAL" | "ADJUSTMENT";
                label: string;
            };
            /** @description Việc cần làm, bằng tiếng Việt */
            title: string;
            record: {
                /** @enum {string} */
                type: "project";
                id: string;
                code: string;
                name: string;
            };
            province: {
                id: string;
                name: string;
            } | null;
            status: {
                code: string;
                label: string;
            };
            fundingLevel: {
                code: string;
                label: string;
            };
            /** @description Hạn: việc phải xong trước ngày này; null khi văn bản không quy định */
            dueBefore: string | null;
            overdue: boolean;
            /** @description Báo cáo tiến độ quá hạn: các tháng còn thiếu (YYYY-MM), cũ trước */
            months: string[];
            /** @description Phiên bản đề án, để ghi báo cáo tiến độ nhiều tháng */
            version: number;
            link: {
                /** @enum {string} */
                type: "project";
                id: string;
                /** @enum {string} */
                tab: "overview" | "progress" | "timeline";
            };
        };
        TaskCount: {
            count: number;
        };
        FairListItem: {
            id: string;
            /** @example HC-2024-0001 */
            code: string;
            name: string;
            level: string;
            levelLabel: string;
            kind: string;
            kindLabel: string;
            hostName: string;
            /** @description Tỉnh, xã nơi tổ chức; ở nước ngoài: thành phố, quốc gia */
            venue: string;
            startDate: string;
            endDate: string;
            year: number;
            status: string;
            statusLabel: string;
            provinceId: string | null;
            /** @description Tỉnh ghi nhận; null: cơ quan trung ương */
            provinceName: string | null;
            plannedBooths: number;
            actualBooths: number | null;
            counts: components["schemas"]["FairCounts"];
            version: number;
        };
        FairCounts: {
            /** @description Số cơ sở khác nhau tham gia */
            establishments: number;
            /** @description Số lượt tham gia */
            participations: number;
            /** @description Số gian hàng tiêu chuẩn (gian chung tính một lần) */
            booths: number;
            /**
             * @description Số tiền (đồng), số nguyên dạng chuỗi
             * @example 12000000
             */
            supportTotal: string;
        };
        FairCalendar: {
            from: string;
            to: string;
            items: components["schemas"]["FairListItem"][];
            /** @description true: còn hội chợ khác trong khoảng, hãy thu hẹp bộ lọc */
            truncated: boolean;
        };
        FairDetail: components["schemas"]["FairListItem"] & {
            hostOrgId: string | null;
            organiserOrgId: string | null;
            organiserName: string;
            venueUnitId: string | null;
            venueCountryCode: string | null;
            venueCity: string | null;
            venueText: string;
            /**
             * @description Số tiền (đồng), số nguyên dạng chuỗi
             * @example 12000000
             */
            boothPrice: string | null;
            fundingProject: {
                id: string;
                code: string;
                title: string;
            } | null;
            cancelReason: string | null;
            statusChangedAt: string;
            documents: {
                id: string;
                kind: string;
                kindLabel: string;
                number: string | null;
                issuedOn: string | null;
                signer: string | null;
                title: string;
                fileName: string | null;
                fileSize: number | null;
                createdAt: string;
            }[];
            participantsByProvince: {
                provinceId: string;
                provinceName: string;
                participations: number;
                wholeBooths: number;
            }[];
            /** @description Thao tác người gọi được làm, kèm lý do nếu lúc này máy chủ sẽ từ chối */
            actions: {
                update?: components["schemas"]["ActionAvailability"];
                addDocument?: components["schemas"]["ActionAvailability"];
                OPEN_REGISTRATION?: components["schemas"]["ActionAvailability"];
                MARK_HELD?: components["schemas"]["ActionAvailability"];
                REPORT?: components["schemas"]["ActionAvailability"];
                CANCEL?: components["schemas"]["ActionAvailability"];
            };
        };
        FairParticipantImportJob: {
            id: string;
            kind: string;
            /** @enum {string} */
            status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
            progress: {
                done: number;
                total: number;
            };
            result: components["schemas"]["FairParticipantImportResult"];
            error: {
                code: string;
                detail: string;
            } | null;
        };
        FairParticipantImportResult: {
            dryRun: boolean;
            totalRows: number;
            validRows: number;
            created: number;
            errors: {
                row: number;
                column: string;
                code: string;
                message: string;
            }[];
            warnings: {
                row: number;
                column: string;
                code: string;
                message: string;
            }[];
            ambiguous: {
                row: number;
                name: string;
                candidates: {
                    id: string;
                    name: string;
                    taxCode: string | null;
                    status: string;
                    provinceId: string;
                    address: string;
                }[];
            }[];
        } | null;
        FairParticipantPage: {
            items: components["schemas"]["FairParticipantListItem"][];
            total: number;
            page: number;
            pageSize: number;
            fair: components["schemas"]["FairParticipantsSummary"];
        };
        FairParticipantListItem: components["schemas"]["FairParticipation"] & {
            establishmentName: string;
            taxCode: string | null;
            address: string;
            establishmentArchived: boolean;
        };
        FairParticipation: {
            id: string;
            fairId: string;
            establishmentId: string;
            provinceId: string;
            wholeBooths: number;
            sharedBoothKey: string | null;
            sharedBoothShareBps: number | null;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            boothRent: string;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            otherListedCosts: string;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            approvedPrice: string | null;
            supportShareBps: number;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            supportAmount: string;
            /** @description Định mức áp dụng: d2 trong nước, đ (lưu dd) ở nước ngoài */
            normCode: string | null;
            normLabel: string | null;
            payingProjectId: string | null;
            productsShown: string;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            sales: string | null;
            contractsSigned: number | null;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            contractsValue: string | null;
            version: number;
        };
        FairParticipantsSummary: {
            id: string;
            code: string;
            name: string;
            abroad: boolean;
            startDate: string;
            status: {
                code: string;
                label: string;
            };
            /** @description Lượt tham gia (= số cơ sở của hội chợ này) */
            participationCount: number;
            /** @description Gian hàng tiêu chuẩn: gian riêng + mỗi gian chung một lần */
            boothsTaken: number;
            /** @description Số tiền (đồng), số nguyên dạng chuỗi */
            supportTotal: string;
            acceptsParticipations: boolean;
            acceptsResults: boolean;
        };
        FairParticipationCheck: {
            /** @description Ngày khai mạc: định mức có hiệu lực vào ngày này được áp dụng */
            normDate: string;
            cap: {
                normSetLabel: string;
                normCode: string;
                normLabel: string;
                maxShareBps: number;
                /** @description Số tiền (đồng), số nguyên dạng chuỗi */
                capDong: string | null;
                explanationVi: string;
            } | null;
            overseas: {
                /** @enum {string} */
                verdict: "OK" | "WARN" | "REFUSE";
                messageVi: string | null;
                others: {
                    fairId: string;
                    fairName: string;
                }[];
            };
            problems: {
                code: string;
                field: string;
                messageVi: string;
            }[];
        };
        SavedFairParticipation: {
            participation: components["schemas"]["FairParticipation"];
            warnings: {
                code: string;
                messageVi: string;
            }[];
        };
        SelectionRoundListItem: {
            id: string;
            code: string;
            title: string;
            /** @enum {string} */
            level: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
            /** @enum {string|null} */
            regionCode: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM" | null;
            provinceId: string | null;
            provinceName: string | null;
            year: number;
            organiserName: string;
            /** @enum {string} */
            status: "PLANNED" | "COUNCIL_FORMED" | "CALL_OPEN" | "JUDGING" | "RESULTS_PROPOSED" | "RECOGNISED" | "COMPLAINT_WINDOW" | "NOMINATED_UP" | "CLOSED";
            /** @description S7: năm không đúng nhịp thường lệ (chỉ cảnh báo) */
            parityWarning: string | null;
            version: number;
        };
        SelectionRoundDetail: components["schemas"]["SelectionRoundListItem"] & {
            districtUnitId: string | null;
            districtName: string | null;
            organiserOrgId: string | null;
            fundingProjectId: string | null;
            fundingProjectCode: string | null;
            /** @enum {string|null} */
            fundingNormCode: "g1" | "g2" | null;
            /** @description Mức trần g1/g2 (đồng) theo định mức đang áp dụng */
            fundingCapDong: string | null;
            planDecision: {
                number: string | null;
                issuedOn: string | null;
                signer: string | null;
                fileId: string | null;
            } | null;
            statusChangedAt: string;
            frameApprovedAt: string | null;
            scoringClosedAt: string | null;
            resultsNotifiedOn: string | null;
            complaintWindowEndsOn: string | null;
            composition: components["schemas"]["SelectionCouncilComposition"];
            decisions: {
                id: string;
                /** @enum {string|null} */
                fromStatus: "PLANNED" | "COUNCIL_FORMED" | "CALL_OPEN" | "JUDGING" | "RESULTS_PROPOSED" | "RECOGNISED" | "COMPLAINT_WINDOW" | "NOMINATED_UP" | "CLOSED" | null;
                /** @enum {string} */
                toStatus: "PLANNED" | "COUNCIL_FORMED" | "CALL_OPEN" | "JUDGING" | "RESULTS_PROPOSED" | "RECOGNISED" | "COMPLAINT_WINDOW" | "NOMINATED_UP" | "CLOSED";
                number: string | null;
                issuedOn: string;
                signer: string | null;
                signerAuthority: string | null;
                title: string;
                note: string;
                fileId: string | null;
                fileName: string | null;
                /** @description Tải tệp quyết định (khi có) */
                fileUrl: string | null;
                createdAt: string;
            }[];
            nextSteps: {
                /** @enum {string} */
                step: "FORM_COUNCIL" | "OPEN_CALL" | "START_JUDGING" | "PROPOSE_RESULTS" | "RETURN_TO_JUDGING" | "RECOGNISE" | "NOTIFY_RESULTS" | "NOMINATE_UP" | "CLOSE";
                /** @enum {string} */
                to: "PLANNED" | "COUNCIL_FORMED" | "CALL_OPEN" | "JUDGING" | "RESULTS_PROPOSED" | "RECOGNISED" | "COMPLAINT_WINDOW" | "NOMINATED_UP" | "CLOSED";
                labelVi: string;
                documentVi: string;
                needsDecision: boolean;
                /** @description Điều kiện chưa đáp ứng, ai hỏi cũng thấy */
                requirements: {
                    code: string;
                    messageVi: string;
                }[];
            }[];
            /** @description Vai trò của người xem trong đợt (giám khảo, thư ký) */
            myRoles: ("CHAIR" | "STANDING_VICE_CHAIR" | "VICE_CHAIR" | "COUNCIL_MEMBER" | "SECRETARY" | "JURY_HEAD" | "JURY_DEPUTY" | "JUROR" | "EXPERT")[];
            actions: {
                update?: components["schemas"]["ActionAvailability"];
                manageMembers?: components["schemas"]["ActionAvailability"];
                steps: {
                    FORM_COUNCIL?: components["schemas"]["ActionAvailability"];
                    OPEN_CALL?: components["schemas"]["ActionAvailability"];
                    START_JUDGING?: components["schemas"]["ActionAvailability"];
                    PROPOSE_RESULTS?: components["schemas"]["ActionAvailability"];
                    RETURN_TO_JUDGING?: components["schemas"]["ActionAvailability"];
                    RECOGNISE?: components["schemas"]["ActionAvailability"];
                    NOTIFY_RESULTS?: components["schemas"]["ActionAvailability"];
                    NOMINATE_UP?: components["schemas"]["ActionAvailability"];
                    CLOSE?: components["schemas"]["ActionAvailability"];
                };
            };
        };
        SelectionCouncilComposition: {
            councilSize: number;
            jurySize: number;
            expertSize: number;
            councilMin: number;
            councilMax: number;
            /** @description Các quy định S3 chưa đáp ứng */
            problems: {
                code: string;
                messageVi: string;
            }[];
        };
        SelectionMemberList: {
            items: components["schemas"]["SelectionMember"][];
            composition: components["schemas"]["SelectionCouncilComposition"];
            canManage?: components["schemas"]["ActionAvailability"];
        };
        SelectionMember: {
            id: string;
            /** @enum {string} */
            body: "COUNCIL" | "JURY" | "EXPERT";
            /** @enum {string} */
            role: "CHAIR" | "STANDING_VICE_CHAIR" | "VICE_CHAIR" | "COUNCIL_MEMBER" | "SECRETARY" | "JURY_HEAD" | "JURY_DEPUTY" | "JUROR" | "EXPERT";
            fullName: string;
            position: string;
            organisationName: string;
            userId: string | null;
            accountEmail: string | null;
            conflictEstablishmentIds: string[];
            active: boolean;
            version: number;
        };
        SelectionMemberAccount: {
            member: components["schemas"]["SelectionMember"];
            email: string;
            /** @description Mật khẩu dùng một lần, chỉ hiện một lần; phải đổi khi đăng nhập */
            oneTimePassword: string;
        };
        SelectionMemberAccountGrant: {
            version: number;
            /** Format: email */
            email: string;
        };
        SelectionEntry: {
            id: string;
            roundId: string;
            establishmentId: string;
            establishmentName: string;
            establishmentTaxCode: string | null;
            productName: string;
            isSet: boolean;
            /** @enum {string} */
            productGroup: "G1" | "G2" | "G3" | "G4";
            description: string;
            /** @enum {string} */
            status: "REGISTERED" | "ELIGIBLE" | "INELIGIBLE" | "WITHDRAWN" | "PROPOSED" | "RECOGNISED" | "NOT_RECOGNISED";
            eligibility: {
                /** @enum {string|null} */
                verdict: "ELIGIBLE" | "NOT_ELIGIBLE" | "UNKNOWN" | null;
                /** @description Ngày xét điều kiện (ngày của đợt bình chọn) */
                checkedOn: string | null;
                ruleVersion: string | null;
                reasons: {
                    /** @enum {string} */
                    rule: "S1" | "S2";
                    /** @enum {string} */
                    verdict: "ELIGIBLE" | "NOT_ELIGIBLE" | "UNKNOWN";
                    textVi: string;
                }[];
            };
            lowerCertificate: {
                id: string;
                number: string;
                /** @enum {string} */
                level: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
                validUntil: string;
            } | null;
            recommendationText: string | null;
            nominatedFromRoundId: string | null;
            /** @description Ảnh đã tải, theo góc chụp; ảnh thu nhỏ WebP được lưu đệm */
            photos: {
                /** @enum {string} */
                angle: "FRONT" | "SIDE" | "TOP";
                thumbnailUrl: string;
                url: string;
            }[];
            meanScore: string | null;
            rank: number | null;
            version: number;
            actions: {
                update: components["schemas"]["ActionAvailability"];
                withdraw: components["schemas"]["ActionAvailability"];
                photos: components["schemas"]["ActionAvailability"];
                documents: components["schemas"]["ActionAvailability"];
            };
        };
        SelectionEntryDocument: {
            id: string;
            /** @enum {string} */
            kind: "REGISTRATION_FORM" | "PRODUCT_DESCRIPTION" | "LOWER_CERTIFICATE" | "RECOMMENDATION" | "LEGAL_PAPERS" | "OTHER";
            name: string;
            number: string | null;
            issuedOn: string | null;
            createdAt: string;
            fileName: string | null;
            size: number | null;
            mediaType: string | null;
            fileUrl: string | null;
        };
        NominationCandidate: {
            entryId: string;
            roundId: string;
            roundTitle: string;
            roundYear: number;
            establishmentId: string;
            establishmentName: string;
            productName: string;
            /** @enum {string} */
            productGroup: "G1" | "G2" | "G3" | "G4";
            certificateId: string;
            certificateNumber: string;
            validUntil: string;
            alreadyEntered: boolean;
        };
        SelectionEntryImportResult: {
            dryRun: boolean;
            totalRows: number;
            validRows: number;
            created: number;
            errors: {
                row: number;
                column: string;
                message: string;
            }[];
        };
        EstablishmentSelection: {
            entries: {
                id: string;
                roundId: string;
                roundTitle: string;
                /** @enum {string} */
                roundLevel: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
                roundYear: number;
                /** @enum {string} */
                roundStatus: "PLANNED" | "COUNCIL_FORMED" | "CALL_OPEN" | "JUDGING" | "RESULTS_PROPOSED" | "RECOGNISED" | "COMPLAINT_WINDOW" | "NOMINATED_UP" | "CLOSED";
                roundReachable: boolean;
                productName: string;
                /** @enum {string} */
                productGroup: "G1" | "G2" | "G3" | "G4";
                /** @enum {string} */
                status: "REGISTERED" | "ELIGIBLE" | "INELIGIBLE" | "WITHDRAWN" | "PROPOSED" | "RECOGNISED" | "NOT_RECOGNISED";
                meanScore: string | null;
            }[];
            certificates: {
                id: string;
                number: string;
                /** @enum {string} */
                level: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
                year: number;
                productName: string;
                /** @enum {string} */
                productGroup: "G1" | "G2" | "G3" | "G4";
                issuedOn: string;
                validUntil: string;
                /**
                 * @description Trạng thái hôm nay (hết hiệu lực tính theo ngày)
                 * @enum {string}
                 */
                status: "VALID" | "EXPIRED" | "REVOKED";
                revokedOn: string | null;
                publicId: string;
            }[];
        };
        SelectionCertificate: {
            id: string;
            number: string;
            /** @enum {string} */
            level: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
            year: number;
            roundId: string;
            entryId: string | null;
            establishmentId: string;
            establishmentName: string;
            productName: string;
            /** @enum {string} */
            productGroup: "G1" | "G2" | "G3" | "G4";
            provinceId: string | null;
            issuedOn: string;
            validUntil: string;
            decisionNumber: string;
            decisionOn: string;
            decisionSigner: string;
            /**
             * @description Tình trạng hôm nay: còn hiệu lực, hết hiệu lực, đã thu hồi
             * @enum {string}
             */
            status: "VALID" | "EXPIRED" | "REVOKED";
            revokedOn: string | null;
            revokingDecisionNumber: string | null;
            revokingDecisionOn: string | null;
            revokedReason: string | null;
            publicId: string;
            /** @description Địa chỉ mã QR mở: trang xác minh công khai kèm chữ ký số */
            verificationUrl: string;
            version: number;
            actions: {
                revoke: components["schemas"]["ActionAvailability"];
                report: components["schemas"]["ActionAvailability"];
            };
        };
        SelectionCertificateDetail: components["schemas"]["SelectionCertificate"] & {
            holderReports: components["schemas"]["CertificateHolderReport"][];
        };
        CertificateHolderReport: {
            year: number;
            /** @description Kinh phí hỗ trợ đã nhận (đồng) */
            supportReceived: string | null;
            /** @description Doanh thu (đồng) */
            revenue: string | null;
            notes: string;
        };
        SelectionRoundCertificates: {
            /** @description Sản phẩm được công nhận, theo thứ hạng, kèm giấy chứng nhận đã cấp (nếu có) */
            recognised: {
                entryId: string;
                productName: string;
                /** @enum {string} */
                productGroup: "G1" | "G2" | "G3" | "G4";
                establishmentName: string;
                /** @description Điểm trung bình của ban giám khảo */
                meanScore: string | null;
                rank: number | null;
                certificateId: string | null;
                certificateNumber: string | null;
            }[];
            actions: {
                issue: components["schemas"]["ActionAvailability"];
            };
        };
        PublicAdminUnit: {
            code: string;
            name: string;
            kind: string;
            kindLabel: string;
            validFrom: string;
            validTo: string | null;
            region: string | null;
            succeeded: {
                code: string;
                name: string;
                validTo: string | null;
            }[];
        };
        PublicCertificate: {
            publicId: string;
            number: string;
            product: string;
            /** @enum {string} */
            productGroup: "G1" | "G2" | "G3" | "G4";
            /** @description Tên cơ sở sản xuất (tên đăng ký kinh doanh), không có thông tin cá nhân */
            establishment: string;
            /** @enum {string} */
            level: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
            year: number;
            issuedOn: string;
            validUntil: string;
            /** @enum {string} */
            status: "VALID" | "EXPIRED" | "REVOKED";
            revokedOn: string | null;
            revocationDecision: {
                number: string;
                issuedOn: string;
            } | null;
            /**
             * @description Chữ ký số trong mã QR: hợp lệ, không hợp lệ (giả hoặc bị sửa), hoặc không có
             * @enum {string}
             */
            signature: "GENUINE" | "NOT_GENUINE" | "ABSENT";
            checkedOn: string;
        };
        HonouredProduct: {
            publicId: string;
            number: string;
            product: string;
            /** @enum {string} */
            productGroup: "G1" | "G2" | "G3" | "G4";
            establishment: string;
            provinceName: string | null;
            /** @enum {string} */
            level: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
            year: number;
            validUntil: string;
            /** @enum {string} */
            status: "VALID" | "EXPIRED" | "REVOKED";
            photoUrl: string | null;
            verifyPath: string;
        };
        CertificateKeySet: {
            keys: {
                /** @enum {string} */
                kty: "OKP";
                /** @enum {string} */
                crv: "Ed25519";
                x: string;
                kid: string;
                /** @enum {string} */
                alg: "EdDSA";
                /** @enum {string} */
                use: "sig";
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "auth.signIn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dongthap@demo.khuyencong.vn",
                 *       "password": "khuyencong-demo"
                 *     }
                 */
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description Đăng nhập thành công */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResult"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Quá nhiều yêu cầu */
            429: {
                headers: {
                    /** @description Số giây phải chờ */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.verifyTwoFactor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Đã xác thực */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResult"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Quá nhiều yêu cầu */
            429: {
                headers: {
                    /** @description Số giây phải chờ */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.signOut": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã đăng xuất */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Người dùng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.enableTwoFactor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Quét mã rồi xác nhận */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totpUri: string;
                        backupCodes: string[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.confirmTwoFactor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Đã bật */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.disableTwoFactor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Đã tắt */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Đã đổi mật khẩu; số phiên khác đã kết thúc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endedSessions: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Quá nhiều yêu cầu */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.requestPasswordReset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Đã nhận yêu cầu */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Quá nhiều yêu cầu */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.resetPassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetWithLink"];
            };
        };
        responses: {
            /** @description Đã đặt mật khẩu mới */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminUnits.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                level?: "TINH" | "XA";
                /** @description Thời điểm tra cứu (YYYY-MM-DD); mặc định hôm nay */
                asOf?: string;
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminUnit"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminUnits.get": {
        parameters: {
            query?: {
                /** @description Thời điểm tra cứu (YYYY-MM-DD); mặc định hôm nay */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUnit"] & {
                        legalBasis: {
                            number: string;
                            title: string;
                        } | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "regions.list": {
        parameters: {
            query?: {
                /** @description Thời điểm tra cứu (YYYY-MM-DD); mặc định hôm nay */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            label: string;
                            provinces: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "legalDocuments.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                type?: "LUAT" | "NGHI_QUYET" | "NGHI_DINH" | "QUYET_DINH" | "THONG_TU" | "THONG_TU_LIEN_TICH" | "CHI_THI" | "CONG_VAN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LegalDocument"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organisations.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                /** @description Thời điểm tra cứu (YYYY-MM-DD); mặc định hôm nay */
                asOf?: string;
                type?: "BO_CONG_THUONG" | "CUC_KHUYEN_CONG" | "VU_TAI_CHINH_BO" | "TT_KHUYEN_CONG_VUNG" | "UBND_TINH" | "HDND_TINH" | "SO_CONG_THUONG" | "SO_TAI_CHINH" | "TT_KHUYEN_CONG_TINH" | "CHI_NHANH_TT" | "UBND_HUYEN" | "UBND_XA" | "TO_CHUC_DICH_VU_KC" | "CO_SO_CNNT" | "KHO_BAC" | "DON_VI_TO_CHUC_SU_KIEN" | "VAN_HANH_HE_THONG";
                provinceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organisation"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "catalogues.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            kind: string;
                            label: string;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "catalogues.listEntries": {
        parameters: {
            query?: {
                /** @description Thời điểm tra cứu (YYYY-MM-DD); mặc định hôm nay */
                asOf?: string;
            };
            header?: never;
            path: {
                kind: "FUNDING_SOURCE" | "ACTIVITY_CONTENT" | "ELIGIBLE_INDUSTRY" | "LEGAL_FORM" | "SUBJECT_CLASS";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            labelVi: string;
                            labelEn: string;
                            validFrom: string;
                            validTo: string | null;
                            legalBasis: string | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendarDays.list": {
        parameters: {
            query?: {
                /** @description Năm (từ 2021, khi Bộ luật Lao động 2019 có hiệu lực); mặc định năm nay */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch của năm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendarDays.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    date: string;
                    /**
                     * @description HOLIDAY: ngày nghỉ; WORKING_DAY: ngày làm việc (làm bù)
                     * @enum {string}
                     */
                    kind: "HOLIDAY" | "WORKING_DAY";
                    name: string;
                    /** @default  */
                    decisionRef?: string;
                };
            };
        };
        responses: {
            /** @description Đã thêm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        version: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendarDays.delete": {
        parameters: {
            query: {
                /** @description Phiên bản đã đọc */
                version: number;
            };
            header?: never;
            path: {
                /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã bỏ */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.getScoring": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang chấm điểm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringPage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.proposeFrame": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roundVersion: number;
                    criteria: {
                        /**
                         * @description Nhóm tiêu chí
                         * @enum {string}
                         */
                        criterionGroup: "C1" | "C2" | "C3" | "C4";
                        label: string;
                        /** @description Điểm, số thập phân dạng chuỗi, tối đa 2 chữ số thập phân (ví dụ "12.5") */
                        maxPoints: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Đã lưu */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.approveFrame": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roundVersion: number;
                };
            };
        };
        responses: {
            /** @description Đã lưu */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.saveSheet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Điểm theo mã tiêu chí, số thập phân dạng chuỗi, bước 0,5 (ví dụ "12.5") */
                    scores: {
                        [key: string]: string;
                    };
                    /** @default  */
                    note?: string;
                    /** @description Phiên bản phiếu đã đọc; null khi chưa có phiếu */
                    version: number | null;
                };
            };
        };
        responses: {
            /** @description Đã lưu phiếu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        total: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.getSheet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phiếu chấm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheet"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.closeScoring": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roundVersion: number;
                };
            };
        };
        responses: {
            /** @description Đã lưu */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.getScoringSummary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tổng hợp điểm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringSummary"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.exportScoringSummaryXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp .xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.proposeList": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roundVersion: number;
                    entryIds: string[];
                };
            };
        };
        responses: {
            /** @description Đã lưu */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.listComplaints": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Khiếu nại */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionComplaints"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.recordComplaint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    entryId?: string | null;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    filedOn: string;
                    filedByName: string;
                    content: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    receivedOn: string;
                };
            };
        };
        responses: {
            /** @description Đã ghi nhận */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dueOn: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.resolveComplaint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    status: "UPHELD" | "REJECTED" | "WITHDRAWN";
                    resolution: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    resolvedOn: string;
                };
            };
        };
        responses: {
            /** @description Đã lưu */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminUnits.importCommunes": {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                validOnly?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Kết quả nhập */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneImportResult"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp không đọc được hoặc có lỗi (kèm báo cáo từng dòng khi đọc được); không ghi gì */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CommuneImportProblem"];
                };
            };
        };
    };
    "users.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                role?: "SYSTEM_ADMIN" | "CENTRAL_LEADER" | "CENTRAL_OFFICER" | "PROVINCIAL_LEADER" | "PROVINCIAL_OFFICER" | "IMPLEMENTER" | "AUDITOR" | "JUROR" | "COUNCIL_SECRETARY";
                status?: "active" | "disabled";
                provinceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "canbo.dongthap@so-congthuong.vn",
                 *       "name": "Trần Thị Mai",
                 *       "role": "PROVINCIAL_OFFICER",
                 *       "scope": {
                 *         "kind": "PROVINCE",
                 *         "provinceId": "P34-82"
                 *       },
                 *       "organisationId": null,
                 *       "password": "mat-khau-du-dai-2026"
                 *     }
                 */
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Đã tạo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.listRoles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vai trò */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            label: string;
                            scopeKinds: string[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tài khoản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Tài khoản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Tài khoản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Tài khoản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.revokeSessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã hủy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revokedSessions: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "users.resetPassword": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Đã đặt lại */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auditEvents.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Từ ngày (YYYY-MM-DD, theo giờ Việt Nam) */
                from?: string;
                /** @description Đến hết ngày (YYYY-MM-DD) */
                to?: string;
                /** @description Tên hoặc thư điện tử của người thực hiện (không dấu, một phần) */
                actor?: string;
                entity?: "user" | "admin_unit" | "audit_log" | "catalogue" | "establishment" | "project" | "support_norm_set" | "annual_plan" | "programme" | "reported_figure" | "figure_check" | "dashboard" | "organisation" | "legal_document" | "fair" | "fair_participation" | "showroom" | "brand_support" | "selection_round" | "selection_member" | "selection_frame" | "selection_entry" | "selection_entry_photo" | "selection_entry_document" | "selection_score_sheet" | "selection_complaint" | "selection_certificate" | "certificate_holder_report" | "calendar_day" | "staffing_snapshot" | "consulting_contract" | "consulting_plan" | "conference" | "conference_resolution" | "periodic_report" | "report_template";
                entityId?: string;
                action?: string;
                category?: "DATA" | "AUTH" | "ACCESS";
                outcome?: "SUCCESS" | "FAILED" | "DENIED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả, bằng lời: tên người, tên đối tượng, các trường đã đổi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auditEvents.exportXlsx": {
        parameters: {
            query?: {
                /** @description Từ ngày (YYYY-MM-DD, theo giờ Việt Nam) */
                from?: string;
                /** @description Đến hết ngày (YYYY-MM-DD) */
                to?: string;
                /** @description Tên hoặc thư điện tử của người thực hiện (không dấu, một phần) */
                actor?: string;
                entity?: "user" | "admin_unit" | "audit_log" | "catalogue" | "establishment" | "project" | "support_norm_set" | "annual_plan" | "programme" | "reported_figure" | "figure_check" | "dashboard" | "organisation" | "legal_document" | "fair" | "fair_participation" | "showroom" | "brand_support" | "selection_round" | "selection_member" | "selection_frame" | "selection_entry" | "selection_entry_photo" | "selection_entry_document" | "selection_score_sheet" | "selection_complaint" | "selection_certificate" | "certificate_holder_report" | "calendar_day" | "staffing_snapshot" | "consulting_contract" | "consulting_plan" | "conference" | "conference_resolution" | "periodic_report" | "report_template";
                entityId?: string;
                action?: string;
                category?: "DATA" | "AUTH" | "ACCESS";
                outcome?: "SUCCESS" | "FAILED" | "DENIED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.getImportTemplate": {
        parameters: {
            query?: {
                /** @description Mã tỉnh (2 chữ số); bỏ trống: mọi tỉnh trong phạm vi */
                provinceCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp mẫu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.exportXlsx": {
        parameters: {
            query?: {
                /** @description Tìm theo tên, mã số thuế, chủ cơ sở (không dấu) */
                q?: string;
                /** @description Tỉnh */
                provinceId?: string;
                /** @description Xã */
                communeId?: string;
                /** @description Loại hình */
                legalForm?: "DNNVV" | "HTX" | "THT" | "HKD" | "DN_KHAC" | "DVSN" | "HIEP_HOI" | "CA_NHAN";
                /** @description Ngành nghề */
                industry?: "N_A" | "N_B" | "N_C" | "N_D" | "N_DD" | "N_E" | "N_G";
                /** @description Kết quả xét đủ điều kiện */
                eligibility?: "ELIGIBLE" | "NOT_ELIGIBLE" | "UNKNOWN";
                /** @description Đã được hỗ trợ khuyến công */
                hasSupport?: boolean | string;
                /** @description Trạng thái */
                status?: "ACTIVE" | "ARCHIVED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishmentImports.start": {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                validOnly?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Đã nhận, đang xử lý */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
            /** @description Tệp không hợp lệ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
        };
    };
    "establishmentImports.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tác vụ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.list": {
        parameters: {
            query?: {
                /** @description Trang, bắt đầu từ 1 */
                page?: number;
                /** @description Số dòng mỗi trang (tối đa 200) */
                pageSize?: number;
                /** @description Sắp xếp; dấu - là giảm dần */
                sort?: "name" | "-name" | "updatedAt" | "-updatedAt" | "taxCode";
                /** @description Tìm theo tên, mã số thuế, chủ cơ sở (không dấu) */
                q?: string;
                /** @description Tỉnh */
                provinceId?: string;
                /** @description Xã */
                communeId?: string;
                /** @description Loại hình */
                legalForm?: "DNNVV" | "HTX" | "THT" | "HKD" | "DN_KHAC" | "DVSN" | "HIEP_HOI" | "CA_NHAN";
                /** @description Ngành nghề */
                industry?: "N_A" | "N_B" | "N_C" | "N_D" | "N_DD" | "N_E" | "N_G";
                /** @description Kết quả xét đủ điều kiện */
                eligibility?: "ELIGIBLE" | "NOT_ELIGIBLE" | "UNKNOWN";
                /** @description Đã được hỗ trợ khuyến công */
                hasSupport?: boolean | string;
                /** @description Trạng thái */
                status?: "ACTIVE" | "ARCHIVED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EstablishmentListItem"][];
                        total: number;
                        page: number;
                        pageSize: number;
                        /** @description true: total là số chính xác; false: có nhiều hơn total kết quả (đếm dừng sớm) */
                        totalExact: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Cơ sở mây tre đan Phú Thạnh",
                 *       "legalForm": "HKD",
                 *       "subjectClass": "CNNT",
                 *       "taxCode": null,
                 *       "businessRegNo": null,
                 *       "ownerName": "Nguyễn Văn Thạnh",
                 *       "communeId": "XA-28249-2025-07-01",
                 *       "addressText": "Ấp 3",
                 *       "sites": [],
                 *       "industries": [
                 *         "N_DD"
                 *       ],
                 *       "vsicCodes": [],
                 *       "mainProducts": "Giỏ, lẵng mây tre đan xuất khẩu",
                 *       "phone": null,
                 *       "email": null,
                 *       "website": null,
                 *       "yearData": [
                 *         {
                 *           "year": 2025,
                 *           "employees": 12,
                 *           "revenue": "1500000000",
                 *           "hasExportContract": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Tên cơ sở */
                    name: string;
                    /**
                     * @description Loại hình (DNNVV, HTX, THT, HKD, …)
                     * @enum {string}
                     */
                    legalForm: "DNNVV" | "HTX" | "THT" | "HKD" | "DN_KHAC" | "DVSN" | "HIEP_HOI" | "CA_NHAN";
                    /**
                     * @description Đối tượng: CNNT, SXSH hoặc DICH_VU
                     * @enum {string}
                     */
                    subjectClass: "CNNT" | "SXSH" | "DICH_VU";
                    /** @description Mã số thuế / mã số doanh nghiệp: 10 chữ số, NNNNNNNNNN-NNN (chi nhánh) hoặc 12 chữ số */
                    taxCode?: string | null;
                    /** @description Số giấy chứng nhận đăng ký kinh doanh */
                    businessRegNo?: string | null;
                    /** @description Chủ cơ sở / người đại diện */
                    ownerName?: string | null;
                    /** @description Mã định danh đơn vị hành chính cấp xã nơi đăng ký trụ sở */
                    communeId: string;
                    /** @description Số nhà, đường, thôn/ấp/tổ dân phố (phần dưới cấp xã) */
                    addressText: string;
                    /** @description Các địa điểm sản xuất (dùng để xét địa bàn được hỗ trợ) */
                    sites: {
                        /** @description Mã định danh đơn vị hành chính cấp xã nơi sản xuất */
                        communeId: string;
                        /** @description Số nhà, đường, thôn/ấp/tổ dân phố (phần dưới cấp xã) */
                        addressText: string;
                    }[];
                    /** @description Ngành nghề theo Điều 5 Nghị định 45/2012/NĐ-CP (N_A … N_G), không trùng */
                    industries: ("N_A" | "N_B" | "N_C" | "N_D" | "N_DD" | "N_E" | "N_G")[];
                    /** @description Các mã ngành VSIC 2018 của cơ sở */
                    vsicCodes: string[];
                    /** @description Sản phẩm chính */
                    mainProducts: string;
                    /** @description Số điện thoại, ví dụ 0912 345 678 hoặc 024 3826 1234 */
                    phone?: string | null;
                    /** @description Thư điện tử */
                    email?: string | null;
                    /** @description Trang web */
                    website?: string | null;
                    /** @description Số liệu theo năm (lao động, vốn, doanh thu, …), mỗi năm một dòng */
                    yearData: {
                        /** @description Năm số liệu */
                        year: number;
                        /** @description Số lao động bình quân năm */
                        employees?: number | null;
                        /** @description Tổng nguồn vốn (đồng) */
                        totalCapital?: string | null;
                        /** @description Tổng tài sản (đồng) */
                        totalAssets?: string | null;
                        /** @description Doanh thu (đồng) */
                        revenue?: string | null;
                        /** @description Tỷ lệ giá trị nguyên liệu chính khai thác, sản xuất trong tỉnh (%) */
                        localMaterialSharePct?: number | null;
                        /** @description Có hợp đồng xuất khẩu hoặc sản xuất hàng xuất khẩu */
                        hasExportContract?: boolean | null;
                        /** @description Có sản phẩm công nghiệp hỗ trợ */
                        cnhtProduct?: boolean | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Cơ sở */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Establishment"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cơ sở */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Establishment"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Tên cơ sở */
                    name?: string;
                    /**
                     * @description Loại hình (DNNVV, HTX, THT, HKD, …)
                     * @enum {string}
                     */
                    legalForm?: "DNNVV" | "HTX" | "THT" | "HKD" | "DN_KHAC" | "DVSN" | "HIEP_HOI" | "CA_NHAN";
                    /**
                     * @description Đối tượng: CNNT, SXSH hoặc DICH_VU
                     * @enum {string}
                     */
                    subjectClass?: "CNNT" | "SXSH" | "DICH_VU";
                    /** @description Mã số thuế / mã số doanh nghiệp: 10 chữ số, NNNNNNNNNN-NNN (chi nhánh) hoặc 12 chữ số */
                    taxCode?: string | null;
                    /** @description Số giấy chứng nhận đăng ký kinh doanh */
                    businessRegNo?: string | null;
                    /** @description Chủ cơ sở / người đại diện */
                    ownerName?: string | null;
                    /** @description Mã định danh đơn vị hành chính cấp xã nơi đăng ký trụ sở */
                    communeId?: string;
                    /** @description Số nhà, đường, thôn/ấp/tổ dân phố (phần dưới cấp xã) */
                    addressText?: string;
                    /** @description Các địa điểm sản xuất (dùng để xét địa bàn được hỗ trợ) */
                    sites?: {
                        /** @description Mã định danh đơn vị hành chính cấp xã nơi sản xuất */
                        communeId: string;
                        /** @description Số nhà, đường, thôn/ấp/tổ dân phố (phần dưới cấp xã) */
                        addressText: string;
                    }[];
                    /** @description Ngành nghề theo Điều 5 Nghị định 45/2012/NĐ-CP (N_A … N_G), không trùng */
                    industries?: ("N_A" | "N_B" | "N_C" | "N_D" | "N_DD" | "N_E" | "N_G")[];
                    /** @description Các mã ngành VSIC 2018 của cơ sở */
                    vsicCodes?: string[];
                    /** @description Sản phẩm chính */
                    mainProducts?: string;
                    /** @description Số điện thoại, ví dụ 0912 345 678 hoặc 024 3826 1234 */
                    phone?: string | null;
                    /** @description Thư điện tử */
                    email?: string | null;
                    /** @description Trang web */
                    website?: string | null;
                    /** @description Số liệu theo năm (lao động, vốn, doanh thu, …), mỗi năm một dòng */
                    yearData?: {
                        /** @description Năm số liệu */
                        year: number;
                        /** @description Số lao động bình quân năm */
                        employees?: number | null;
                        /** @description Tổng nguồn vốn (đồng) */
                        totalCapital?: string | null;
                        /** @description Tổng tài sản (đồng) */
                        totalAssets?: string | null;
                        /** @description Doanh thu (đồng) */
                        revenue?: string | null;
                        /** @description Tỷ lệ giá trị nguyên liệu chính khai thác, sản xuất trong tỉnh (%) */
                        localMaterialSharePct?: number | null;
                        /** @description Có hợp đồng xuất khẩu hoặc sản xuất hàng xuất khẩu */
                        hasExportContract?: boolean | null;
                        /** @description Có sản phẩm công nghiệp hỗ trợ */
                        cnhtProduct?: boolean | null;
                    }[];
                    /** @description Phiên bản bản ghi đã đọc, để phát hiện sửa đồng thời */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Cơ sở */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Establishment"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.getHistory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch sử */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HistoryEntry"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Cơ sở */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Establishment"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Cơ sở */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Establishment"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "establishments.getTradePromotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hội chợ, thương hiệu, phòng trưng bày của cơ sở */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstablishmentTradePromotion"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.exportXlsx": {
        parameters: {
            query?: {
                /** @description Tìm theo mã, tên đề án, đơn vị thực hiện (không dấu) */
                q?: string;
                provinceId?: string;
                planYear?: number;
                status?: "DRAFT" | "SUBMITTED_BASE" | "RETURNED" | "REJECTED_BASE" | "BASE_APPRAISED" | "SUBMITTED_CENTRAL" | "REJECTED_CENTRAL" | "CENTRAL_APPRAISED" | "NOT_FUNDED" | "IN_APPROVED_PLAN" | "ASSIGNED" | "PLAN_DETAILED" | "TENDERING" | "CONTRACTED" | "IN_PROGRESS" | "ADJUSTMENT_PENDING" | "CARRIED_OVER" | "STOPPED" | "COMPLETED_PENDING_ACCEPTANCE" | "ACCEPTED" | "SETTLEMENT_FILED" | "LIQUIDATED_SETTLED" | "PARTIALLY_SETTLED" | "CLOSED";
                activity?: "DAO_TAO_NGHE" | "KHOI_SU_DOANH_NGHIEP" | "NANG_LUC_QUAN_LY" | "KHAO_SAT_NUOC_NGOAI" | "MO_HINH_CONG_NGHE_MOI" | "MO_HINH_CO_SO_HIEU_QUA" | "MAY_MOC_THIET_BI" | "CHUYEN_GIAO_CONG_NGHE" | "SAN_XUAT_SACH_HON" | "TO_CHUC_HOI_CHO" | "THAM_GIA_HOI_CHO" | "BINH_CHON_SAN_PHAM" | "THUONG_HIEU" | "PHONG_TRUNG_BAY" | "TU_VAN" | "TRUYEN_THONG" | "HIEP_HOI" | "CUM_LIEN_KET" | "QUY_HOACH_CCN" | "HA_TANG_CCN" | "XU_LY_O_NHIEM_CCN" | "XU_LY_O_NHIEM_CO_SO" | "DI_DOI_LAI_SUAT" | "NANG_LUC_KHUYEN_CONG";
                fundingLevel?: "KCQG" | "KCDP";
                /** @description Chậm báo cáo tiến độ */
                overdue?: boolean | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.getDossierDocx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Word */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.getEstimateXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                sort?: "-planYear" | "planYear" | "code" | "-updatedAt";
                /** @description Tìm theo mã, tên đề án, đơn vị thực hiện (không dấu) */
                q?: string;
                provinceId?: string;
                planYear?: number;
                status?: "DRAFT" | "SUBMITTED_BASE" | "RETURNED" | "REJECTED_BASE" | "BASE_APPRAISED" | "SUBMITTED_CENTRAL" | "REJECTED_CENTRAL" | "CENTRAL_APPRAISED" | "NOT_FUNDED" | "IN_APPROVED_PLAN" | "ASSIGNED" | "PLAN_DETAILED" | "TENDERING" | "CONTRACTED" | "IN_PROGRESS" | "ADJUSTMENT_PENDING" | "CARRIED_OVER" | "STOPPED" | "COMPLETED_PENDING_ACCEPTANCE" | "ACCEPTED" | "SETTLEMENT_FILED" | "LIQUIDATED_SETTLED" | "PARTIALLY_SETTLED" | "CLOSED";
                activity?: "DAO_TAO_NGHE" | "KHOI_SU_DOANH_NGHIEP" | "NANG_LUC_QUAN_LY" | "KHAO_SAT_NUOC_NGOAI" | "MO_HINH_CONG_NGHE_MOI" | "MO_HINH_CO_SO_HIEU_QUA" | "MAY_MOC_THIET_BI" | "CHUYEN_GIAO_CONG_NGHE" | "SAN_XUAT_SACH_HON" | "TO_CHUC_HOI_CHO" | "THAM_GIA_HOI_CHO" | "BINH_CHON_SAN_PHAM" | "THUONG_HIEU" | "PHONG_TRUNG_BAY" | "TU_VAN" | "TRUYEN_THONG" | "HIEP_HOI" | "CUM_LIEN_KET" | "QUY_HOACH_CCN" | "HA_TANG_CCN" | "XU_LY_O_NHIEM_CCN" | "XU_LY_O_NHIEM_CO_SO" | "DI_DOI_LAI_SUAT" | "NANG_LUC_KHUYEN_CONG";
                fundingLevel?: "KCQG" | "KCDP";
                /** @description Chậm báo cáo tiến độ */
                overdue?: boolean | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProjectListItem"][];
                        total: number;
                        page: number;
                        pageSize: number;
                        /** @description true: total là số chính xác; false: có nhiều hơn total kết quả (đếm dừng sớm) */
                        totalExact: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /**
                     * @description Loại đề án
                     * @enum {string}
                     */
                    kind: "DE_AN_DON_LE" | "DE_AN_DIEM" | "DE_AN_NHOM" | "NHIEM_VU";
                    /**
                     * @description Cấp kinh phí
                     * @enum {string}
                     */
                    fundingLevel: "KCQG" | "KCDP";
                    /**
                     * @description Cấp của đề án địa phương
                     * @default null
                     * @enum {string|null}
                     */
                    localLevel?: "TINH" | "HUYEN" | "XA" | null;
                    /** @description Năm kế hoạch */
                    planYear: number;
                    /** @description Tỉnh thực hiện (null: đề án liên tỉnh của đơn vị trung ương) */
                    provinceId: string | null;
                    /** @description Đơn vị thực hiện là một tổ chức trong danh mục */
                    implementerOrgId: string | null;
                    implementerName: string;
                    /** @default [] */
                    coordinatingOrgIds?: string[];
                    activities: ("DAO_TAO_NGHE" | "KHOI_SU_DOANH_NGHIEP" | "NANG_LUC_QUAN_LY" | "KHAO_SAT_NUOC_NGOAI" | "MO_HINH_CONG_NGHE_MOI" | "MO_HINH_CO_SO_HIEU_QUA" | "MAY_MOC_THIET_BI" | "CHUYEN_GIAO_CONG_NGHE" | "SAN_XUAT_SACH_HON" | "TO_CHUC_HOI_CHO" | "THAM_GIA_HOI_CHO" | "BINH_CHON_SAN_PHAM" | "THUONG_HIEU" | "PHONG_TRUNG_BAY" | "TU_VAN" | "TRUYEN_THONG" | "HIEP_HOI" | "CUM_LIEN_KET" | "QUY_HOACH_CCN" | "HA_TANG_CCN" | "XU_LY_O_NHIEM_CCN" | "XU_LY_O_NHIEM_CO_SO" | "DI_DOI_LAI_SUAT" | "NANG_LUC_KHUYEN_CONG")[];
                    /** @default [] */
                    industries?: ("N_A" | "N_B" | "N_C" | "N_D" | "N_DD" | "N_E" | "N_G")[];
                    /**
                     * @description Hình thức lựa chọn đơn vị thực hiện
                     * @enum {string}
                     */
                    selectionMethod: "XET_CHON" | "DAU_THAU" | "GIAO_NHIEM_VU";
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    startDate?: string | null;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    endDate?: string | null;
                    /** @default  */
                    summary?: string;
                    /** @default false */
                    implementerIsBeneficiary?: boolean;
                    /** @default false */
                    directRouteAllowed?: boolean;
                    /** @default true */
                    singleProvince?: boolean;
                    /** @default true */
                    registeredByDoit?: boolean;
                    /** @default false */
                    biddingWaived?: boolean;
                    /** @default null */
                    priorityMultiplierBps?: number | null;
                    /** @default [] */
                    beneficiaries?: {
                        establishmentId: string;
                        /** @default null */
                        shareBps?: number | null;
                    }[];
                    /** @default [] */
                    sites?: {
                        communeId: string;
                        /** @default  */
                        addressText?: string;
                    }[];
                    /** @default [] */
                    estimateLines?: {
                        id: string;
                        item: string;
                        /**
                         * @description Nội dung chi (TTLT 26/2014 Điều 5)
                         * @enum {string}
                         */
                        spendingCategory: "DAO_TAO_NGHE" | "NANG_LUC_QUAN_LY" | "MO_HINH_CONG_NGHE" | "SAN_PHAM_THI_TRUONG" | "TU_VAN" | "THONG_TIN" | "LIEN_KET_CCN_MOI_TRUONG" | "HOP_TAC_QUOC_TE" | "NANG_LUC_KHUYEN_CONG" | "CHI_KHAC";
                        /** @description Mã định mức hỗ trợ, ví dụ b1 */
                        normCode: string | null;
                        /**
                         * @description Số đơn vị tính mức hỗ trợ
                         * @default 1
                         */
                        capUnits?: number;
                        /** @description Số lượng, ví dụ "2.5" */
                        quantity: string;
                        /** @description Đơn giá (đồng) */
                        unitPrice: string;
                        /** @description Kinh phí khuyến công (đồng) */
                        kcAmount: string;
                        /** @description Vốn đối ứng (đồng) */
                        counterpartAmount: string;
                        /** @description Nguồn khác (đồng) */
                        otherAmount: string;
                    }[];
                    /** @default [] */
                    indicators?: {
                        /** @enum {string} */
                        code: "ESTAB_SUPPORTED" | "TRAINEES" | "DEMO_MODELS" | "MACHINERY_ESTAB" | "TECH_TRANSFER" | "SXSH_ASSESS" | "BOOTHS" | "FAIR_PARTICIPATIONS" | "PRODUCTS_CERTIFIED" | "BRANDS" | "SHOWROOMS" | "CONSULTING" | "CCN_PLANNING" | "CCN_INFRA" | "POLLUTION" | "RELOCATION" | "MEDIA" | "EVENTS";
                        target: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Đề án */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đề án */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    project: {
                        title: string;
                        /**
                         * @description Loại đề án
                         * @enum {string}
                         */
                        kind: "DE_AN_DON_LE" | "DE_AN_DIEM" | "DE_AN_NHOM" | "NHIEM_VU";
                        /**
                         * @description Cấp kinh phí
                         * @enum {string}
                         */
                        fundingLevel: "KCQG" | "KCDP";
                        /**
                         * @description Cấp của đề án địa phương
                         * @default null
                         * @enum {string|null}
                         */
                        localLevel?: "TINH" | "HUYEN" | "XA" | null;
                        /** @description Năm kế hoạch */
                        planYear: number;
                        /** @description Tỉnh thực hiện (null: đề án liên tỉnh của đơn vị trung ương) */
                        provinceId: string | null;
                        /** @description Đơn vị thực hiện là một tổ chức trong danh mục */
                        implementerOrgId: string | null;
                        implementerName: string;
                        /** @default [] */
                        coordinatingOrgIds?: string[];
                        activities: ("DAO_TAO_NGHE" | "KHOI_SU_DOANH_NGHIEP" | "NANG_LUC_QUAN_LY" | "KHAO_SAT_NUOC_NGOAI" | "MO_HINH_CONG_NGHE_MOI" | "MO_HINH_CO_SO_HIEU_QUA" | "MAY_MOC_THIET_BI" | "CHUYEN_GIAO_CONG_NGHE" | "SAN_XUAT_SACH_HON" | "TO_CHUC_HOI_CHO" | "THAM_GIA_HOI_CHO" | "BINH_CHON_SAN_PHAM" | "THUONG_HIEU" | "PHONG_TRUNG_BAY" | "TU_VAN" | "TRUYEN_THONG" | "HIEP_HOI" | "CUM_LIEN_KET" | "QUY_HOACH_CCN" | "HA_TANG_CCN" | "XU_LY_O_NHIEM_CCN" | "XU_LY_O_NHIEM_CO_SO" | "DI_DOI_LAI_SUAT" | "NANG_LUC_KHUYEN_CONG")[];
                        /** @default [] */
                        industries?: ("N_A" | "N_B" | "N_C" | "N_D" | "N_DD" | "N_E" | "N_G")[];
                        /**
                         * @description Hình thức lựa chọn đơn vị thực hiện
                         * @enum {string}
                         */
                        selectionMethod: "XET_CHON" | "DAU_THAU" | "GIAO_NHIEM_VU";
                        /**
                         * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                         * @default null
                         */
                        startDate?: string | null;
                        /**
                         * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                         * @default null
                         */
                        endDate?: string | null;
                        /** @default  */
                        summary?: string;
                        /** @default false */
                        implementerIsBeneficiary?: boolean;
                        /** @default false */
                        directRouteAllowed?: boolean;
                        /** @default true */
                        singleProvince?: boolean;
                        /** @default true */
                        registeredByDoit?: boolean;
                        /** @default false */
                        biddingWaived?: boolean;
                        /** @default null */
                        priorityMultiplierBps?: number | null;
                        /** @default [] */
                        beneficiaries?: {
                            establishmentId: string;
                            /** @default null */
                            shareBps?: number | null;
                        }[];
                        /** @default [] */
                        sites?: {
                            communeId: string;
                            /** @default  */
                            addressText?: string;
                        }[];
                        /** @default [] */
                        estimateLines?: {
                            id: string;
                            item: string;
                            /**
                             * @description Nội dung chi (TTLT 26/2014 Điều 5)
                             * @enum {string}
                             */
                            spendingCategory: "DAO_TAO_NGHE" | "NANG_LUC_QUAN_LY" | "MO_HINH_CONG_NGHE" | "SAN_PHAM_THI_TRUONG" | "TU_VAN" | "THONG_TIN" | "LIEN_KET_CCN_MOI_TRUONG" | "HOP_TAC_QUOC_TE" | "NANG_LUC_KHUYEN_CONG" | "CHI_KHAC";
                            /** @description Mã định mức hỗ trợ, ví dụ b1 */
                            normCode: string | null;
                            /**
                             * @description Số đơn vị tính mức hỗ trợ
                             * @default 1
                             */
                            capUnits?: number;
                            /** @description Số lượng, ví dụ "2.5" */
                            quantity: string;
                            /** @description Đơn giá (đồng) */
                            unitPrice: string;
                            /** @description Kinh phí khuyến công (đồng) */
                            kcAmount: string;
                            /** @description Vốn đối ứng (đồng) */
                            counterpartAmount: string;
                            /** @description Nguồn khác (đồng) */
                            otherAmount: string;
                        }[];
                        /** @default [] */
                        indicators?: {
                            /** @enum {string} */
                            code: "ESTAB_SUPPORTED" | "TRAINEES" | "DEMO_MODELS" | "MACHINERY_ESTAB" | "TECH_TRANSFER" | "SXSH_ASSESS" | "BOOTHS" | "FAIR_PARTICIPATIONS" | "PRODUCTS_CERTIFIED" | "BRANDS" | "SHOWROOMS" | "CONSULTING" | "CCN_PLANNING" | "CCN_INFRA" | "POLLUTION" | "RELOCATION" | "MEDIA" | "EVENTS";
                            target: number | null;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Đề án */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.takeStep": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: "SUBMIT_BASE" | "SUBMIT_CENTRAL_DIRECT" | "RETURN_FOR_COMPLETION" | "REJECT_BASE" | "APPRAISE_BASE" | "REGISTER_CENTRAL" | "REJECT_CENTRAL" | "APPRAISE_CENTRAL" | "APPROVE_INTO_PLAN" | "LEAVE_OUT_OF_PLAN" | "APPROVE_INTO_LOCAL_PLAN" | "LEAVE_OUT_OF_LOCAL_PLAN" | "ASSIGN" | "APPROVE_IMPLEMENTATION_PLAN" | "START_TENDER" | "START_LOCAL_TENDER" | "AWARD_TENDER" | "SIGN_CONTRACT" | "SIGN_LOCAL_CONTRACT" | "START" | "REQUEST_ADJUSTMENT" | "APPROVE_ADJUSTMENT" | "REFUSE_ADJUSTMENT" | "STOP" | "STOP_FOR_VIOLATION" | "CARRY_OVER" | "RESUME" | "REPORT_COMPLETION" | "ACCEPT" | "FILE_SETTLEMENT" | "LIQUIDATE_SETTLE" | "SETTLE_PARTIAL" | "CLOSE";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Phiên bản đề án đang xem (chống ghi đè) */
                    version: number;
                    /** @description Ngày của bước (ngày quyết định, ngày nộp) */
                    effectiveOn: string;
                    /** @default  */
                    note?: string;
                    /** @default [] */
                    documents?: {
                        /** @enum {string} */
                        kind: "CONG_VAN_DE_NGHI" | "DON_DE_NGHI_HO_TRO" | "VAN_BAN_YEU_CAU_BO_SUNG" | "PHIEU_THAM_DINH_4A" | "PHIEU_THAM_DINH_4B" | "BIEU_TONG_HOP_2" | "BAO_CAO_DANG_KY" | "BIEN_BAN_THAM_DINH" | "QD_PHE_DUYET_KE_HOACH" | "THONG_BAO" | "QD_GIAO_KE_HOACH" | "KE_HOACH_11" | "QD_KE_HOACH_LCNT" | "QD_KET_QUA_DAU_THAU" | "HOP_DONG" | "QD_GIAO_NHIEM_VU" | "DE_NGHI_TAM_UNG" | "BAO_CAO_TIEN_DO_3A" | "BAO_CAO_KHOI_LUONG_3B" | "BAO_CAO_TONG_KET" | "VAN_BAN_DE_NGHI_DIEU_CHINH" | "XAC_NHAN_CUA_SO" | "QD_DIEU_CHINH" | "PHU_LUC_HOP_DONG" | "VAN_BAN_TRA_LOI" | "QD_NGUNG" | "QD_GIA_HAN" | "BIEN_BAN_NGHIEM_THU_5A" | "BIEN_BAN_NGHIEM_THU_5B" | "BIEN_BAN_NGHIEM_THU_5C" | "BIEN_BAN_XAC_NHAN_KHOI_LUONG" | "HO_SO_QUYET_TOAN" | "BIEN_BAN_THANH_LY_6" | "QD_PHE_DUYET_QUYET_TOAN" | "BANG_DOI_CHIEU_10" | "CHUNG_TU_HOAN_TRA" | "KHAC";
                        number: string | null;
                        /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                        date: string | null;
                        signer: string | null;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        signerAuthority?: "MINISTER" | "CENTRAL_AGENCY_DG" | "PROVINCIAL_PC_CHAIR" | "DOIT_DIRECTOR" | "IMPLEMENTER_HEAD" | null;
                        /** @default  */
                        title?: string;
                        /**
                         * @description Tệp đính kèm đã tải lên đề án (nếu có)
                         * @default null
                         */
                        documentId?: string | null;
                    }[];
                    appraisal?: {
                        /** @enum {string} */
                        result: "DAT" | "KHONG_DAT" | "BO_SUNG";
                        /** @default [] */
                        failedCriteria?: ("PHU_HOP_NGUYEN_TAC" | "MUC_TIEU_HIEU_QUA_KINH_PHI" | "NANG_LUC_DON_VI" | "LONG_GHEP_CHUONG_TRINH" | "HO_SO_DAY_DU")[];
                    };
                    /** @description Kinh phí khuyến công trong hợp đồng (đồng) */
                    contractSupport?: string;
                    adjustmentTypes?: ("TANG_KINH_PHI" | "DOI_NOI_DUNG" | "GIA_HAN_NAM_SAU" | "BO_SUNG_DE_AN" | "NGUNG_DE_AN" | "DOI_DIA_DIEM" | "DOI_THU_HUONG" | "DOI_PHOI_HOP" | "DOI_THOI_GIAN_TRONG_NAM" | "GIAM_KINH_PHI" | "KHAC")[];
                    /** @description Giá trị nghiệm thu được chấp nhận (đồng) */
                    acceptedSpend?: string;
                };
            };
        };
        responses: {
            /** @description Đề án */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bước không được phép ở trạng thái này (kèm các bước được phép: allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.recordDisbursement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    kind: "ADVANCE" | "PAYMENT" | "REFUND";
                    /** @description Số tiền (đồng), số nguyên dương dạng chuỗi */
                    amount: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    paidOn: string;
                    /**
                     * @description Số chứng từ kho bạc
                     * @default null
                     */
                    treasuryRef?: string | null;
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Đề án */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.recordProgressReport": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    period: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    reportedOn: string;
                    percentComplete: number;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    spend?: string | null;
                    /** @default  */
                    workDone?: string;
                    /** @default false */
                    verifiedByDoit?: boolean;
                };
            };
        };
        responses: {
            /** @description Đề án */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.recordProgressReports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reports: {
                        period: string;
                        /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                        reportedOn: string;
                        percentComplete: number;
                        /**
                         * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                         * @default null
                         */
                        spend?: string | null;
                        /** @default  */
                        workDone?: string;
                        /** @default false */
                        verifiedByDoit?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Đề án */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.attachDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** @description JSON: kind, number, date, signer, signerAuthority, title, evidenceCode */
                    fields: string;
                };
            };
        };
        responses: {
            /** @description Đã đính kèm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documentId: string;
                        sha256: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.downloadDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/heic": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/x-cfb": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "projects.getHistory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch sử */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HistoryEntry"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "supportNormSets.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                fundingLevel?: "KCQG" | "KCDP";
                provinceId?: string;
                /** @description Chỉ các bộ có hiệu lực vào ngày này (YYYY-MM-DD); cũng là ngày xét `applies` */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupportNormSet"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "supportNormSets.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    version: number;
                    labelVi: string;
                    legalDocumentKey: string;
                    /** @enum {string} */
                    fundingLevel: "KCQG" | "KCDP";
                    provinceId: string | null;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    validFrom: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    validTo: string | null;
                    /** @enum {string} */
                    confidence: "CONFIRMED" | "SECONDARY" | "UNCONFIRMED";
                    /** @enum {string} */
                    datesConfidence: "CONFIRMED" | "SECONDARY" | "UNCONFIRMED";
                    noteVi: string;
                    norms: {
                        code: string;
                        activityVi: string;
                        /** @description Tỷ lệ tối đa, phần vạn (3000 = 30 %) */
                        maxShareBps: number | null;
                        /** @enum {string} */
                        percentBase: "ITEM_COST" | "PROJECT_ESTIMATE" | "ANNUAL_KC_BUDGET";
                        /** @description Mức trần tuyệt đối (đồng) */
                        capDong: string | null;
                        /** @enum {string|null} */
                        capUnit: "PER_ENTERPRISE" | "PER_MODEL" | "PER_ESTABLISHMENT" | "PER_FAIR" | "PER_BOOTH" | "PER_PERSON" | "PER_ROUND" | "PER_PRODUCT" | "PER_BRAND" | "PER_ASSOCIATION" | "PER_CLUSTER" | "PER_CCN" | "PER_PROJECT" | "PER_AGENCY_YEAR" | null;
                        /** @description Hệ số ưu tiên tối đa, phần vạn (15000 = ×1,5) */
                        priorityMultiplierMaxBps: number;
                        noteVi?: string;
                        legalBasis: string;
                        /** @enum {string} */
                        confidence: "CONFIRMED" | "SECONDARY" | "UNCONFIRMED";
                    }[];
                };
            };
        };
        responses: {
            /** @description Bộ định mức kèm bảng định mức */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportNormSetDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "supportNormSets.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bộ định mức kèm bảng định mức */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportNormSetDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "supportNormSets.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @example 2018-05-11
                     */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Bộ định mức kèm bảng định mức */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportNormSetDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "showrooms.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                /** @description Năm khai trương */
                year?: number;
                /** @description Tỉnh */
                provinceId?: string;
                /** @description Nơi đặt phòng trưng bày */
                kind?: "AT_CENTRE" | "AT_ESTABLISHMENT";
                /** @description Phòng trưng bày tại cơ sở này */
                establishmentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Showroom"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "showrooms.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description Nơi đặt phòng trưng bày
                     * @enum {string}
                     */
                    kind: "AT_CENTRE" | "AT_ESTABLISHMENT";
                    /** @default null */
                    centreOrgId?: string | null;
                    /** @default null */
                    establishmentId?: string | null;
                    provinceId: string;
                    /** @default null */
                    communeId?: string | null;
                    /** @default  */
                    addressText?: string;
                    /** @default  */
                    productsShown?: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    openedOn: string;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    closedOn?: string | null;
                    /** @default null */
                    fundingProjectId?: string | null;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default 0
                     */
                    supportAmount?: string;
                };
            };
        };
        responses: {
            /** @description Phòng trưng bày */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Showroom"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "showrooms.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phòng trưng bày */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Showroom"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "showrooms.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description Nơi đặt phòng trưng bày
                     * @enum {string}
                     */
                    kind: "AT_CENTRE" | "AT_ESTABLISHMENT";
                    /** @default null */
                    centreOrgId?: string | null;
                    /** @default null */
                    establishmentId?: string | null;
                    provinceId: string;
                    /** @default null */
                    communeId?: string | null;
                    /** @default  */
                    addressText?: string;
                    /** @default  */
                    productsShown?: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    openedOn: string;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    closedOn?: string | null;
                    /** @default null */
                    fundingProjectId?: string | null;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default 0
                     */
                    supportAmount?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Phòng trưng bày */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Showroom"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.list": {
        parameters: {
            query?: {
                /** @description Các trung tâm tồn tại vào ngày này */
                onDate?: string;
                /** @description Tìm theo tên trung tâm, tỉnh (không dấu) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách trung tâm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionCentreList"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.get": {
        parameters: {
            query?: {
                /** @description Năm của số liệu tư vấn, dịch vụ (mặc định năm nay) */
                year?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang trung tâm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionCentrePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.recordStaffing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    asOf: string;
                    total: number;
                    /** @default null */
                    permanent?: number | null;
                    /** @default null */
                    contract?: number | null;
                    /** @default null */
                    partTime?: number | null;
                    /** @default null */
                    collaborators?: number | null;
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Trang trung tâm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionCentrePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.updateStaffing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                snapshotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    asOf: string;
                    total: number;
                    /** @default null */
                    permanent?: number | null;
                    /** @default null */
                    contract?: number | null;
                    /** @default null */
                    partTime?: number | null;
                    /** @default null */
                    collaborators?: number | null;
                    /** @default  */
                    note?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Trang trung tâm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionCentrePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.createContract": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    clientEstablishmentId?: string | null;
                    /** @default null */
                    clientName?: string | null;
                    subject: string;
                    /** @default null */
                    contractNumber?: string | null;
                    /** @description Giá trị hợp đồng (đồng) */
                    value: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    signedOn: string;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    finishedOn?: string | null;
                    /** @description Doanh thu đã thu (đồng) */
                    revenueReceived: string;
                    /** @enum {string} */
                    state?: "IN_PROGRESS" | "ACCEPTED" | "LIQUIDATED";
                };
            };
        };
        responses: {
            /** @description Trang trung tâm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionCentrePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.updateContract": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    clientEstablishmentId?: string | null;
                    /** @default null */
                    clientName?: string | null;
                    subject: string;
                    /** @default null */
                    contractNumber?: string | null;
                    /** @description Giá trị hợp đồng (đồng) */
                    value: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    signedOn: string;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    finishedOn?: string | null;
                    /** @description Doanh thu đã thu (đồng) */
                    revenueReceived: string;
                    /** @enum {string} */
                    state?: "IN_PROGRESS" | "ACCEPTED" | "LIQUIDATED";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Trang trung tâm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionCentrePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.deleteContract": {
        parameters: {
            query: {
                /** @description Phiên bản đã đọc */
                version: number;
            };
            header?: never;
            path: {
                id: string;
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "extensionCentres.setConsultingPlan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kế hoạch doanh thu tư vấn, dịch vụ của năm (đồng) */
                    revenuePlan: string;
                    plannedProjects?: number | null;
                    /** @default null */
                    version?: number | null;
                };
            };
        };
        responses: {
            /** @description Trang trung tâm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionCentrePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "conferences.list": {
        parameters: {
            query?: {
                /** @description Khu vực */
                regionCode?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferenceList"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "conferences.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    regionCode: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
                    ordinal: number;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    heldOn: string;
                    hostProvinceId: string;
                    /** @default  */
                    venue?: string;
                    organisers: string;
                    /** @default null */
                    nextHostProvinceId?: string | null;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    periodFrom: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    periodTo: string;
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Hội nghị */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferencePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "conferences.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hội nghị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferencePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "conferences.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    regionCode: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
                    ordinal: number;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    heldOn: string;
                    hostProvinceId: string;
                    /** @default  */
                    venue?: string;
                    organisers: string;
                    /** @default null */
                    nextHostProvinceId?: string | null;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    periodFrom: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    periodTo: string;
                    /** @default  */
                    note?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Hội nghị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferencePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "conferences.addResolution": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** @description JSON: text, documentNumber */
                    fields: string;
                };
            };
        };
        responses: {
            /** @description Đã thêm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferencePage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "conferences.getResolutionFile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/heic": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/x-cfb": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "conferences.getPackDocx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Word */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "brandSupports.getSupportCap": {
        parameters: {
            query: {
                /** @description Chi phí xây dựng, đăng ký (đồng) */
                cost: string;
                provinceId: string;
                year: number;
                /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                applicationDate?: string;
                /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                registrationDate?: string;
                projectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mức trần */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandSupportCap"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "brandSupports.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                /** @description Năm hỗ trợ */
                year?: number;
                /** @description Tỉnh */
                provinceId?: string;
                /** @description Loại nhãn hiệu */
                markKind?: "INDIVIDUAL" | "COLLECTIVE" | "CERTIFICATION";
                /** @description Tình trạng đăng ký */
                status?: "APPLIED" | "REGISTERED" | "REFUSED";
                /** @description Nhãn hiệu của cơ sở này (chủ sở hữu hoặc thành viên tập thể) */
                establishmentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BrandSupport"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "brandSupports.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandName: string;
                    /**
                     * @description Loại nhãn hiệu
                     * @enum {string}
                     */
                    markKind: "INDIVIDUAL" | "COLLECTIVE" | "CERTIFICATION";
                    /** @default null */
                    establishmentId?: string | null;
                    /** @default null */
                    collectiveName?: string | null;
                    /** @default [] */
                    memberEstablishmentIds?: string[];
                    provinceId: string;
                    /** @default null */
                    applicationNumber?: string | null;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    applicationDate?: string | null;
                    /** @default null */
                    registrationNumber?: string | null;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    registrationDate?: string | null;
                    /** @description Năm hỗ trợ */
                    year: number;
                    /** @description Chi phí xây dựng, đăng ký (đồng) */
                    cost: string;
                    /** @description Số tiền hỗ trợ (đồng) */
                    supportAmount: string;
                    /** @default null */
                    projectId?: string | null;
                    /**
                     * @default APPLIED
                     * @enum {string}
                     */
                    status?: "APPLIED" | "REGISTERED" | "REFUSED";
                };
            };
        };
        responses: {
            /** @description Hỗ trợ thương hiệu */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandSupport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "brandSupports.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hỗ trợ thương hiệu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandSupport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "brandSupports.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandName: string;
                    /**
                     * @description Loại nhãn hiệu
                     * @enum {string}
                     */
                    markKind: "INDIVIDUAL" | "COLLECTIVE" | "CERTIFICATION";
                    /** @default null */
                    establishmentId?: string | null;
                    /** @default null */
                    collectiveName?: string | null;
                    /** @default [] */
                    memberEstablishmentIds?: string[];
                    provinceId: string;
                    /** @default null */
                    applicationNumber?: string | null;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    applicationDate?: string | null;
                    /** @default null */
                    registrationNumber?: string | null;
                    /**
                     * @description Ngày, dạng YYYY-MM-DD (1900–2100)
                     * @default null
                     */
                    registrationDate?: string | null;
                    /** @description Năm hỗ trợ */
                    year: number;
                    /** @description Chi phí xây dựng, đăng ký (đồng) */
                    cost: string;
                    /** @description Số tiền hỗ trợ (đồng) */
                    supportAmount: string;
                    /** @default null */
                    projectId?: string | null;
                    /**
                     * @default APPLIED
                     * @enum {string}
                     */
                    status?: "APPLIED" | "REGISTERED" | "REFUSED";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Hỗ trợ thương hiệu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandSupport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "programmes.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các chương trình */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Programme"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "programmes.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    level: "QUOC_GIA" | "DIA_PHUONG";
                    /** @default null */
                    unitId?: string | null;
                    nameVi: string;
                    decisionNumber: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    decisionDate: string;
                    issuerVi: string;
                    yearFrom: number;
                    yearTo: number;
                    /** @default [] */
                    targets?: {
                        /** @enum {string} */
                        indicator: "BUDGET_EXEC" | "ESTAB_SUPPORTED" | "TRAINEES" | "DEMO_MODELS" | "MACHINERY_ESTAB" | "TECH_TRANSFER" | "SXSH_ASSESS" | "BOOTHS" | "FAIR_PARTICIPATIONS" | "PRODUCTS_CERTIFIED" | "BRANDS" | "SHOWROOMS" | "CONSULTING" | "CCN_PLANNING" | "CCN_INFRA" | "POLLUTION" | "RELOCATION" | "MEDIA" | "EVENTS" | "FAIRS_ORGANISED" | "SELECTION_ROUNDS" | "SELECTION_ENTRIES";
                        /** @description Số tiền (đồng), số nguyên không âm dạng chuỗi */
                        target: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Chương trình đã thêm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "planUnits.list": {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đơn vị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            labelVi: string;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "annualPlans.list": {
        parameters: {
            query?: {
                year?: number;
                unit?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Một trang kế hoạch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AnnualPlanSummary"][];
                        total: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "annualPlans.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitId: string;
                    year: number;
                    programmeId: string;
                    decisionNumber: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    decisionDate: string;
                    /** @default  */
                    noteVi?: string;
                    lines: {
                        /** @enum {string} */
                        source: "KCQG" | "KCDP_TINH" | "KCDP_HUYEN" | "KCDP_XA" | "COUNTERPART" | "OTHER";
                        /** @enum {string} */
                        content: "A1_DAO_TAO_NGHE" | "A2_NANG_LUC_QUAN_LY" | "A3_MO_HINH_CONG_NGHE" | "A4_SAN_PHAM_THI_TRUONG" | "A5_TU_VAN" | "A6_THONG_TIN" | "A7_LIEN_KET_CCN_MOI_TRUONG" | "A8_HOP_TAC_QUOC_TE" | "A9_NANG_LUC_KHUYEN_CONG" | "QUAN_LY";
                        /** @description Số tiền (đồng), số nguyên không âm dạng chuỗi */
                        amount: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Kế hoạch đã ghi */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualPlanDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "annualPlans.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kế hoạch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualPlanDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "annualPlans.revise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    decisionNumber: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    decisionDate: string;
                    /** @default  */
                    noteVi?: string;
                    lines: {
                        /** @enum {string} */
                        source: "KCQG" | "KCDP_TINH" | "KCDP_HUYEN" | "KCDP_XA" | "COUNTERPART" | "OTHER";
                        /** @enum {string} */
                        content: "A1_DAO_TAO_NGHE" | "A2_NANG_LUC_QUAN_LY" | "A3_MO_HINH_CONG_NGHE" | "A4_SAN_PHAM_THI_TRUONG" | "A5_TU_VAN" | "A6_THONG_TIN" | "A7_LIEN_KET_CCN_MOI_TRUONG" | "A8_HOP_TAC_QUOC_TE" | "A9_NANG_LUC_KHUYEN_CONG" | "QUAN_LY";
                        /** @description Số tiền (đồng), số nguyên không âm dạng chuỗi */
                        amount: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Kế hoạch sau điều chỉnh */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualPlanDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportedFigures.list": {
        parameters: {
            query?: {
                year?: number;
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số liệu báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportedFigure"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportedFigures.report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitId: string;
                    year: number;
                    cutoffMonth: number;
                    /** @enum {string} */
                    valueKind: "ACTUAL" | "ESTIMATE";
                    /** @default  */
                    noteVi?: string;
                    values: {
                        /** @enum {string} */
                        indicator: "BUDGET_EXEC" | "ESTAB_SUPPORTED" | "TRAINEES" | "DEMO_MODELS" | "MACHINERY_ESTAB" | "TECH_TRANSFER" | "SXSH_ASSESS" | "BOOTHS" | "FAIR_PARTICIPATIONS" | "PRODUCTS_CERTIFIED" | "BRANDS" | "SHOWROOMS" | "CONSULTING" | "CCN_PLANNING" | "CCN_INFRA" | "POLLUTION" | "RELOCATION" | "MEDIA" | "EVENTS" | "FAIRS_ORGANISED" | "SELECTION_ROUNDS" | "SELECTION_ENTRIES";
                        /** @enum {string} */
                        source?: "KCQG" | "KCDP_TINH" | "KCDP_HUYEN" | "KCDP_XA" | "COUNTERPART" | "OTHER";
                        /** @enum {string} */
                        content?: "A1_DAO_TAO_NGHE" | "A2_NANG_LUC_QUAN_LY" | "A3_MO_HINH_CONG_NGHE" | "A4_SAN_PHAM_THI_TRUONG" | "A5_TU_VAN" | "A6_THONG_TIN" | "A7_LIEN_KET_CCN_MOI_TRUONG" | "A8_HOP_TAC_QUOC_TE" | "A9_NANG_LUC_KHUYEN_CONG" | "QUAN_LY";
                        /** @description Số tiền (đồng), số nguyên không âm dạng chuỗi */
                        value: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Số liệu báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportedFigure"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "figureChecks.listPresets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả kiểm tra */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            titleVi: string;
                            results: components["schemas"]["FigureCheckResult"][];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.aggregate": {
        parameters: {
            query: {
                templateCode: string;
                year: number;
                /** @description Số thứ tự kỳ: quý 1–4, nửa năm 1–2, năm 1, hoặc tháng chốt số 1–12 */
                periodIndex: number;
                scope: "national" | "region:BAC" | "region:TRUNG_TAY_NGUYEN" | "region:NAM";
                /** @description AS_OF: tỉnh và khu vực như tại cuối kỳ; CURRENT: quy đổi về 34 tỉnh và khu vực hiện nay */
                basis?: "AS_OF" | "CURRENT";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo tổng hợp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReportAggregate"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportTemplates.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mẫu báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportTemplate"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.list": {
        parameters: {
            query?: {
                year?: number;
                periodIndex?: number;
                templateId?: string;
                provinceId?: string;
                state?: "DRAFT" | "SUBMITTED" | "RETURNED" | "RESUBMITTED" | "APPROVED" | "LOCKED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PeriodicReportSummary"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example BC_6_THANG-V1 */
                    templateId: string;
                    /** @example P34-82 */
                    provinceId: string;
                    year: number;
                    /** @description Số thứ tự kỳ: quý 1–4, nửa năm 1–2, năm 1, hoặc tháng chốt số 1–12 của báo cáo nhanh */
                    index: number;
                };
            };
        };
        responses: {
            /** @description Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @default [] */
                    cells?: {
                        row: string;
                        /** @enum {string} */
                        column: "PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH";
                        /** @description null xóa ô */
                        value: string | null;
                        /** @enum {string} */
                        valueKind?: "PLAN" | "ESTIMATE" | "ACTUAL";
                    }[];
                    /** @default [] */
                    narrative?: {
                        section: string;
                        body: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.prefill": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @default [] */
                    acknowledgements?: {
                        checkId: string;
                        reasonVi: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.return": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comments: {
                        /** @default null */
                        row?: string | null;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        column?: "PLAN" | "PERIOD" | "PCT_OF_PLAN" | "PREVIOUS" | "GROWTH" | "PREVIOUS_PLAN" | "PLAN_GROWTH" | null;
                        body: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.takeStep": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                step: "APPROVE" | "LOCK" | "UNLOCK";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @default null */
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.diffSubmissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                from: number;
                to: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các thay đổi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubmissionDiff"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportTemplateVersions.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mẫu báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportTemplateCode"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportTemplateVersions.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phiên bản mẫu báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportTemplateVersionDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportTemplateVersions.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportTemplateVersionChange"];
            };
        };
        responses: {
            /** @description Phiên bản mẫu báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportTemplateVersionDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportTemplateVersions.createSuccessor": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportTemplateVersionInput"];
            };
        };
        responses: {
            /** @description Phiên bản mẫu báo cáo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportTemplateVersionDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.exportDocx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Word */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.exportXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportObligations.list": {
        parameters: {
            query?: {
                templateId?: string;
                /** @description Năm của kỳ báo cáo */
                year?: number;
                provinceId?: string;
                status?: "OVERDUE" | "RETURNED" | "DUE_SOON" | "NOT_YET_DUE" | "SENT_LATE" | "SENT_ON_TIME" | "APPROVED" | "LOCKED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo phải gửi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportObligationList"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportCompleteness.get": {
        parameters: {
            query?: {
                templateId?: string;
                year?: number;
                /** @description Vùng khuyến công, theo thành viên vùng trong kỳ */
                region?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tính đầy đủ, đúng hạn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCompleteness"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportAwards.get": {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Xếp hạng */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAwardsRanking"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reportReminders.sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả lượt nhắc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportReminderSweep"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.listAttachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp đính kèm của báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAttachments"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.attachFile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** @description JSON: description (ghi chú, có thể để trống) */
                    fields: string;
                };
            };
        };
        responses: {
            /** @description Tệp đính kèm của báo cáo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAttachments"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.downloadAttachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/heic": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/x-cfb": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports.deleteAttachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp đính kèm của báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAttachments"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "dashboard.getBudget": {
        parameters: {
            query: {
                year: number;
                cutoffMonth?: number;
                basis?: "AS_OF" | "CURRENT";
                region?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số liệu kế hoạch và thực hiện */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardBudgetView"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "dashboard.getOutputs": {
        parameters: {
            query: {
                yearFrom: number;
                yearTo: number;
                basis?: "AS_OF" | "CURRENT";
                region?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả đầu ra */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardOutputs"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "dashboard.listRecords": {
        parameters: {
            query: {
                year: number;
                cutoffMonth?: number;
                basis?: "AS_OF" | "CURRENT";
                unit: string;
                source?: "KCQG" | "KCDP";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bản ghi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardRecords"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "dashboard.exportBudgetXlsx": {
        parameters: {
            query: {
                year: number;
                cutoffMonth?: number;
                basis?: "AS_OF" | "CURRENT";
                region?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "dashboard.getBriefDocx": {
        parameters: {
            query: {
                year: number;
                cutoffMonth?: number;
                basis?: "AS_OF" | "CURRENT";
                region?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Word */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.listTasks": {
        parameters: {
            query?: {
                /** @description Chỉ một loại việc */
                kind?: "RETURNED" | "PROGRESS_OVERDUE" | "REGISTRATION" | "APPRAISAL" | "APPROVAL" | "ADJUSTMENT";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách việc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.countTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số việc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCount"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                level?: "PROVINCIAL" | "REGIONAL" | "NATIONAL" | "ABROAD";
                status?: "PLANNED" | "REGISTRATION_OPEN" | "HELD" | "REPORTED" | "CANCELLED";
                provinceId?: string;
                /** @description Vùng của tỉnh nơi tổ chức vào ngày khai mạc */
                regionCode?: string;
                hostOrgId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FairListItem"][];
                        total: number;
                        page: number;
                        pageSize: number;
                        /** @description true: total là số chính xác; false: có nhiều hơn total kết quả (đếm dừng sớm) */
                        totalExact: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description Cấp hội chợ
                     * @enum {string}
                     */
                    level: "PROVINCIAL" | "REGIONAL" | "NATIONAL" | "ABROAD";
                    /**
                     * @description Loại hội chợ
                     * @enum {string}
                     */
                    kind: "CNNT" | "HANDICRAFT" | "OTHER";
                    /** @default null */
                    hostOrgId?: string | null;
                    hostName: string;
                    /** @default null */
                    organiserOrgId?: string | null;
                    organiserName: string;
                    /** @default null */
                    venueUnitId?: string | null;
                    /** @default null */
                    venueCountryCode?: string | null;
                    /** @default null */
                    venueCity?: string | null;
                    /** @default  */
                    venueText?: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    startDate: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    endDate: string;
                    plannedBooths: number;
                    /** @default null */
                    actualBooths?: number | null;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    boothPrice?: string | null;
                    /** @default null */
                    fundingProjectId?: string | null;
                    /** @description Tỉnh ghi nhận (null: cơ quan trung ương) */
                    provinceId: string | null;
                };
            };
        };
        responses: {
            /** @description Hội chợ với các số đếm, văn bản, nơi đến của cơ sở tham gia và các thao tác được làm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.getCalendar": {
        parameters: {
            query: {
                level?: "PROVINCIAL" | "REGIONAL" | "NATIONAL" | "ABROAD";
                status?: "PLANNED" | "REGISTRATION_OPEN" | "HELD" | "REPORTED" | "CANCELLED";
                provinceId?: string;
                /** @description Vùng của tỉnh nơi tổ chức vào ngày khai mạc */
                regionCode?: string;
                hostOrgId?: string;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                from: string;
                /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các hội chợ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairCalendar"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hội chợ với các số đếm, văn bản, nơi đến của cơ sở tham gia và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description Cấp hội chợ
                     * @enum {string}
                     */
                    level: "PROVINCIAL" | "REGIONAL" | "NATIONAL" | "ABROAD";
                    /**
                     * @description Loại hội chợ
                     * @enum {string}
                     */
                    kind: "CNNT" | "HANDICRAFT" | "OTHER";
                    /** @default null */
                    hostOrgId?: string | null;
                    hostName: string;
                    /** @default null */
                    organiserOrgId?: string | null;
                    organiserName: string;
                    /** @default null */
                    venueUnitId?: string | null;
                    /** @default null */
                    venueCountryCode?: string | null;
                    /** @default null */
                    venueCity?: string | null;
                    /** @default  */
                    venueText?: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    startDate: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    endDate: string;
                    plannedBooths: number;
                    /** @default null */
                    actualBooths?: number | null;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    boothPrice?: string | null;
                    /** @default null */
                    fundingProjectId?: string | null;
                    /** @description Tỉnh ghi nhận (null: cơ quan trung ương) */
                    provinceId: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Hội chợ với các số đếm, văn bản, nơi đến của cơ sở tham gia và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.takeStep": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                code: "OPEN_REGISTRATION" | "MARK_HELD" | "REPORT" | "CANCEL";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @default null */
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Hội chợ với các số đếm, văn bản, nơi đến của cơ sở tham gia và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.attachDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** @description JSON: kind, number, issuedOn, signer, title */
                    fields: string;
                };
            };
        };
        responses: {
            /** @description Đã nộp */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documentId: string;
                        sha256: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.downloadDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/heic": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/x-cfb": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairs.deleteDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hội chợ với các số đếm, văn bản, nơi đến của cơ sở tham gia và các thao tác được làm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipantImports.getTemplate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp mẫu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipants.exportXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipantImports.start": {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                validOnly?: "true" | "false";
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** @description JSON {"số dòng": "mã cơ sở"} */
                    picks?: string;
                };
            };
        };
        responses: {
            /** @description Đã nhận, đang xử lý */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
            /** @description Tệp không hợp lệ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
        };
    };
    "fairParticipantImports.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tác vụ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairParticipantImportJob"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipants.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang lượt tham gia */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairParticipantPage"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipants.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    establishmentId: string;
                    /**
                     * @description Số gian hàng tiêu chuẩn thuê riêng (số nguyên ≥ 0)
                     * @default 0
                     */
                    wholeBooths?: number;
                    /** @default null */
                    sharedBoothKey?: string | null;
                    /**
                     * @description Phần chia gian hàng chung, phần vạn (1–10000)
                     * @default null
                     */
                    sharedBoothShareBps?: number | null;
                    /** @description Tiền thuê gian hàng (đồng) */
                    boothRent: string;
                    /**
                     * @description Chi phí khác được liệt kê (hội chợ ở nước ngoài)
                     * @default 0
                     */
                    otherListedCosts?: string;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    approvedPrice?: string | null;
                    supportShareBps: number;
                    /** @description Số tiền hỗ trợ (đồng) */
                    supportAmount: string;
                    /** @default null */
                    payingProjectId?: string | null;
                    /** @default  */
                    productsShown?: string;
                };
            };
        };
        responses: {
            /** @description Đã thêm; kèm cảnh báo nếu có */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFairParticipation"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipantChecks.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    participationId?: string | null;
                    participation: {
                        establishmentId: string;
                        /**
                         * @description Số gian hàng tiêu chuẩn thuê riêng (số nguyên ≥ 0)
                         * @default 0
                         */
                        wholeBooths?: number;
                        /** @default null */
                        sharedBoothKey?: string | null;
                        /**
                         * @description Phần chia gian hàng chung, phần vạn (1–10000)
                         * @default null
                         */
                        sharedBoothShareBps?: number | null;
                        /** @description Tiền thuê gian hàng (đồng) */
                        boothRent: string;
                        /**
                         * @description Chi phí khác được liệt kê (hội chợ ở nước ngoài)
                         * @default 0
                         */
                        otherListedCosts?: string;
                        /**
                         * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                         * @default null
                         */
                        approvedPrice?: string | null;
                        supportShareBps: number;
                        /** @description Số tiền hỗ trợ (đồng) */
                        supportAmount: string;
                        /** @default null */
                        payingProjectId?: string | null;
                        /** @default  */
                        productsShown?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Kết quả kiểm tra */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairParticipationCheck"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipants.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    establishmentId: string;
                    /**
                     * @description Số gian hàng tiêu chuẩn thuê riêng (số nguyên ≥ 0)
                     * @default 0
                     */
                    wholeBooths?: number;
                    /** @default null */
                    sharedBoothKey?: string | null;
                    /**
                     * @description Phần chia gian hàng chung, phần vạn (1–10000)
                     * @default null
                     */
                    sharedBoothShareBps?: number | null;
                    /** @description Tiền thuê gian hàng (đồng) */
                    boothRent: string;
                    /**
                     * @description Chi phí khác được liệt kê (hội chợ ở nước ngoài)
                     * @default 0
                     */
                    otherListedCosts?: string;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    approvedPrice?: string | null;
                    supportShareBps: number;
                    /** @description Số tiền hỗ trợ (đồng) */
                    supportAmount: string;
                    /** @default null */
                    payingProjectId?: string | null;
                    /** @default  */
                    productsShown?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Đã sửa; kèm cảnh báo nếu có */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedFairParticipation"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipants.delete": {
        parameters: {
            query: {
                /** @description Phiên bản đã đọc */
                version: number;
            };
            header?: never;
            path: {
                fairId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xóa */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fairParticipants.reportResults": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    sales?: string | null;
                    /** @default null */
                    contractsSigned?: number | null;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    contractsValue?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Lượt tham gia */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairParticipation"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.list": {
        parameters: {
            query?: {
                q?: string;
                level?: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
                status?: "PLANNED" | "COUNCIL_FORMED" | "CALL_OPEN" | "JUDGING" | "RESULTS_PROPOSED" | "RECOGNISED" | "COMPLAINT_WINDOW" | "NOMINATED_UP" | "CLOSED";
                year?: number;
                provinceId?: string;
                regionCode?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SelectionRoundListItem"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    title: string;
                    /**
                     * @description Cấp bình chọn
                     * @enum {string}
                     */
                    level: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
                    /**
                     * @description Khu vực (đợt cấp khu vực)
                     * @default null
                     * @enum {string|null}
                     */
                    regionCode?: "BAC" | "TRUNG_TAY_NGUYEN" | "NAM" | null;
                    /**
                     * @description Tỉnh (đợt cấp tỉnh, cấp huyện)
                     * @default null
                     */
                    provinceId?: string | null;
                    /**
                     * @description Huyện (đợt cấp huyện trước 7/2025)
                     * @default null
                     */
                    districtUnitId?: string | null;
                    /** @description Năm bình chọn */
                    year: number;
                    /** @default null */
                    organiserOrgId?: string | null;
                    organiserName: string;
                    /** @default null */
                    fundingProjectId?: string | null;
                    /**
                     * @description Quyết định phê duyệt kế hoạch bình chọn
                     * @default null
                     */
                    planDecision?: {
                        number: string;
                        /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                        issuedOn: string;
                        signer: string;
                        /** @default null */
                        signerAuthority?: string | null;
                        /** @default  */
                        title?: string;
                        /** @default null */
                        fileId?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Đợt bình chọn với các bước tiếp theo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionRoundDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đợt bình chọn với các bước tiếp theo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionRoundDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    title: string;
                    /** @default null */
                    organiserOrgId?: string | null;
                    organiserName: string;
                    /** @default null */
                    fundingProjectId?: string | null;
                    /**
                     * @description Quyết định phê duyệt kế hoạch bình chọn
                     * @default null
                     */
                    planDecision?: {
                        number: string;
                        /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                        issuedOn: string;
                        signer: string;
                        /** @default null */
                        signerAuthority?: string | null;
                        /** @default  */
                        title?: string;
                        /** @default null */
                        fileId?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Đợt bình chọn với các bước tiếp theo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionRoundDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.takeStep": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /**
                     * @description Bước chuyển của đợt bình chọn
                     * @enum {string}
                     */
                    step: "FORM_COUNCIL" | "OPEN_CALL" | "START_JUDGING" | "PROPOSE_RESULTS" | "RETURN_TO_JUDGING" | "RECOGNISE" | "NOTIFY_RESULTS" | "NOMINATE_UP" | "CLOSE";
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    effectiveOn: string;
                    /** @default null */
                    decision?: {
                        number: string;
                        /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                        issuedOn: string;
                        signer: string;
                        /** @default null */
                        signerAuthority?: string | null;
                        /** @default  */
                        title?: string;
                        /** @default null */
                        fileId?: string | null;
                    } | null;
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Đợt bình chọn với các bước tiếp theo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionRoundDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.listMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành viên hội đồng, ban giám khảo, tổ chuyên gia */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionMemberList"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.addMember": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Hội đồng, ban giám khảo hay tổ chuyên gia
                     * @enum {string}
                     */
                    body: "COUNCIL" | "JURY" | "EXPERT";
                    /**
                     * @description Chức danh trong hội đồng, ban giám khảo
                     * @enum {string}
                     */
                    role: "CHAIR" | "STANDING_VICE_CHAIR" | "VICE_CHAIR" | "COUNCIL_MEMBER" | "SECRETARY" | "JURY_HEAD" | "JURY_DEPUTY" | "JUROR" | "EXPERT";
                    fullName: string;
                    /** @default  */
                    position?: string;
                    /** @default  */
                    organisationName?: string;
                    /** @default null */
                    userId?: string | null;
                    /** @default [] */
                    conflictEstablishmentIds?: string[];
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Thành viên hội đồng, ban giám khảo, tổ chuyên gia */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionMemberList"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.updateMember": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    member: {
                        /**
                         * @description Hội đồng, ban giám khảo hay tổ chuyên gia
                         * @enum {string}
                         */
                        body: "COUNCIL" | "JURY" | "EXPERT";
                        /**
                         * @description Chức danh trong hội đồng, ban giám khảo
                         * @enum {string}
                         */
                        role: "CHAIR" | "STANDING_VICE_CHAIR" | "VICE_CHAIR" | "COUNCIL_MEMBER" | "SECRETARY" | "JURY_HEAD" | "JURY_DEPUTY" | "JUROR" | "EXPERT";
                        fullName: string;
                        /** @default  */
                        position?: string;
                        /** @default  */
                        organisationName?: string;
                        /** @default null */
                        userId?: string | null;
                        /** @default [] */
                        conflictEstablishmentIds?: string[];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Thành viên hội đồng, ban giám khảo, tổ chuyên gia */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionMemberList"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.grantMemberAccount": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelectionMemberAccountGrant"];
            };
        };
        responses: {
            /** @description Tài khoản đã cấp và mật khẩu dùng một lần */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionMemberAccount"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.listEntries": {
        parameters: {
            query?: {
                q?: string;
                status?: "REGISTERED" | "ELIGIBLE" | "INELIGIBLE" | "WITHDRAWN" | "PROPOSED" | "RECOGNISED" | "NOT_RECOGNISED";
                productGroup?: "G1" | "G2" | "G3" | "G4";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trang kết quả */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SelectionEntry"][];
                        total: number;
                        page: number;
                        pageSize: number;
                        statusCounts: {
                            /** @enum {string} */
                            status: "REGISTERED" | "ELIGIBLE" | "INELIGIBLE" | "WITHDRAWN" | "PROPOSED" | "RECOGNISED" | "NOT_RECOGNISED";
                            count: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.registerEntry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    establishmentId: string;
                    productName: string;
                    /**
                     * @description Bộ sản phẩm (Điều 3.2)
                     * @default false
                     */
                    isSet?: boolean;
                    /**
                     * @description Nhóm sản phẩm
                     * @enum {string}
                     */
                    productGroup: "G1" | "G2" | "G3" | "G4";
                    /** @default  */
                    description?: string;
                    /** @default null */
                    lowerCertificateId?: string | null;
                    /** @default null */
                    recommendationText?: string | null;
                    /** @default null */
                    nominatedFromRoundId?: string | null;
                };
            };
        };
        responses: {
            /** @description Sản phẩm dự bình chọn */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionEntry"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sản phẩm dự bình chọn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionEntry"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    entry: {
                        establishmentId: string;
                        productName: string;
                        /**
                         * @description Bộ sản phẩm (Điều 3.2)
                         * @default false
                         */
                        isSet?: boolean;
                        /**
                         * @description Nhóm sản phẩm
                         * @enum {string}
                         */
                        productGroup: "G1" | "G2" | "G3" | "G4";
                        /** @default  */
                        description?: string;
                        /** @default null */
                        lowerCertificateId?: string | null;
                        /** @default null */
                        recommendationText?: string | null;
                        /** @default null */
                        nominatedFromRoundId?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Sản phẩm dự bình chọn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionEntry"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Sản phẩm dự bình chọn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionEntry"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.getPhoto": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Góc chụp */
                angle: "FRONT" | "SIDE" | "TOP";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ảnh */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.uploadPhoto": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Góc chụp */
                angle: "FRONT" | "SIDE" | "TOP";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Đã lưu ảnh */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        angle: "FRONT" | "SIDE" | "TOP";
                        width: number;
                        height: number;
                        sha256: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Đợt bình chọn không còn nhận hồ sơ */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
            /** @description Ảnh quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
            /** @description Không phải ảnh hợp lệ hoặc ảnh quá nhỏ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
        };
    };
    "selectionEntries.getPhotoThumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Góc chụp */
                angle: "FRONT" | "SIDE" | "TOP";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ảnh thu nhỏ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.listDocuments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ của sản phẩm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SelectionEntryDocument"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.uploadDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** @description JSON: kind, name, number, issuedOn */
                    fields: string;
                };
            };
        };
        responses: {
            /** @description Đã nộp */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documentId: string;
                        sha256: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.getDocumentFile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/heic": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/x-cfb": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.deleteDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ của sản phẩm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SelectionEntryDocument"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.uploadDecisionFile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Đã lưu tệp */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileId: string;
                        fileName: string;
                        size: number;
                        sha256: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.getDecisionFile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/heic": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/x-cfb": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.listNominationCandidates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NominationCandidate"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.nominateEntries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entryIds: string[];
                };
            };
        };
        responses: {
            /** @description Đã đưa vào đợt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: string[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionEntries.getImportTemplate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp mẫu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.importEntries": {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Kết quả (chạy thử hoặc đã nhập) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionEntryImportResult"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Đợt bình chọn không nhận hồ sơ */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
            /** @description Tệp quá lớn */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
            /** @description Tệp không hợp lệ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        code: string;
                        detail: string;
                    };
                };
            };
        };
    };
    "establishments.getSelection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstablishmentSelection"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionCertificates.list": {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tìm kiếm không dấu, không phân biệt hoa thường */
                q?: string;
                roundId?: string;
                establishmentId?: string;
                level?: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
                year?: number;
                status?: "VALID" | "EXPIRED" | "REVOKED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SelectionCertificate"][];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionCertificates.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Giấy chứng nhận */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionCertificateDetail"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.listCertificateState": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sản phẩm được công nhận và thao tác cấp giấy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionRoundCertificates"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionRounds.issueCertificates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    entryIds: string[];
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    issuedOn: string;
                    decisionNumber: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    decisionOn: string;
                    decisionSigner: string;
                };
            };
        };
        responses: {
            /** @description Các giấy chứng nhận đã cấp */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SelectionCertificate"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dữ liệu không đáp ứng quy tắc nghiệp vụ */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionCertificates.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    version: number;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    revokedOn: string;
                    decisionNumber: string;
                    /** @description Ngày, dạng YYYY-MM-DD (1900–2100) */
                    decisionOn: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Giấy chứng nhận đã thu hồi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectionCertificate"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionCertificates.recordHolderReport": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Năm báo cáo */
                    year: number;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    supportReceived?: string | null;
                    /**
                     * @description Số tiền (đồng), số nguyên không âm dạng chuỗi
                     * @default null
                     */
                    revenue?: string | null;
                    /** @default  */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Báo cáo đã ghi */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateHolderReport"];
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Xung đột phiên bản */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionCertificates.exportDocx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp Word */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "selectionCertificates.exportPdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tệp PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Chưa đăng nhập */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Máy chủ chưa có LibreOffice */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
        };
    };
    "public.listAdminUnits": {
        parameters: {
            query?: {
                level?: "province" | "commune";
                /** @description Thời điểm tra cứu (YYYY-MM-DD); mặc định hôm nay */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh sách */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        level: string;
                        total: number;
                        items: components["schemas"]["PublicAdminUnit"][];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "publicCertificates.verify": {
        parameters: {
            query?: {
                /** @description Chữ ký số (JWS) trong mã QR */
                s?: string;
            };
            header?: never;
            path: {
                publicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Giấy chứng nhận */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCertificate"];
                };
            };
            /** @description Không đổi so với bản đã có (ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "honouredProducts.list": {
        parameters: {
            query?: {
                q?: string;
                provinceId?: string;
                regionCode?: string;
                productGroup?: "G1" | "G2" | "G3" | "G4";
                level?: "HUYEN" | "TINH" | "KHU_VUC" | "QUOC_GIA";
                year?: number;
                status?: "VALID" | "EXPIRED" | "REVOKED";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Danh mục */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HonouredProduct"][];
                        total: number;
                        /** @description true: total là số chính xác; false: có nhiều hơn total kết quả (đếm dừng sớm) */
                        totalExact: boolean;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "honouredProducts.getPhoto": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                publicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ảnh */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": unknown;
                    "image/jpeg": unknown;
                };
            };
            /** @description Dữ liệu không hợp lệ */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không tìm thấy hoặc ngoài phạm vi dữ liệu */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "certificateKeys.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tập khóa công khai */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateKeySet"];
                };
            };
            /** @description Quá nhiều yêu cầu */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
