package org.epiguard.vaccination.internal;

import org.epiguard.platform.files.HeaderedColumn;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a list of out-of-province workers, in the template's order. Headers are recognised
 * without diacritics or case; {@link #field()} is the name errors give the column (as in the form).
 */
enum WorkerColumn implements HeaderedColumn {
    CITIZEN_ID("citizenId", "Số CCCD/CMND", "so cccd", "cccd", "cmnd", "so cmnd", "so dinh danh"),
    FULL_NAME("fullName", "Họ tên", "ho va ten"),
    BIRTH("birth", "Ngày sinh", "nam sinh", "ngay thang nam sinh"),
    SEX("sex", "Giới tính"),
    PHONE("phone", "Số điện thoại", "dien thoai", "sdt"),
    HOME_PROVINCE("homeProvince", "Tỉnh quê quán", "tinh que", "que quan", "tinh", "tinh thuong tru", "ma tinh"),
    COMMUNE("communeCode", "Mã xã nơi ở", "ma xa", "ma xa noi o", "noi o (ma xa)"),
    START_DATE("startDate", "Ngày bắt đầu làm việc", "ngay bat dau", "tu ngay", "ngay vao lam"),
    END_DATE("endDate", "Ngày kết thúc", "den ngay", "ngay nghi viec");

    /** Columns a file must have. */
    static final List<WorkerColumn> REQUIRED = List.of(CITIZEN_ID, HOME_PROVINCE, START_DATE);

    private final String field;
    private final String header;
    private final List<String> aliases;

    WorkerColumn(String field, String header, String... aliases) {
        this.field = field;
        this.header = header;
        this.aliases = List.of(aliases);
    }

    String field() {
        return field;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    static Optional<WorkerColumn> byHeader(String text) {
        return HeaderedColumn.byHeader(values(), text);
    }

    static Optional<WorkerColumn> byField(String field) {
        return java.util.Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
