package org.epiguard.vaccination.internal;

import org.epiguard.platform.files.HeaderedColumn;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a dose file, in the order of the national vaccination platform's export (one row
 * per dose) and of the template. Headers are recognised without diacritics or case, by the
 * template's header or the usual variants. {@link #field()} is the name errors give the column.
 */
enum DoseImportColumn implements HeaderedColumn {
    CITIZEN_ID("citizenId", "Số CCCD/CMND", "so cccd", "cccd", "cmnd", "so cmnd", "so cccd/cmnd", "so dinh danh"),
    FULL_NAME("fullName", "Họ tên", "ho va ten", "ho ten"),
    BIRTH("birth", "Ngày sinh", "ngay sinh", "nam sinh", "ngay thang nam sinh"),
    SEX("sex", "Giới tính", "gioi tinh"),
    PHONE("phone", "Số điện thoại", "so dien thoai", "dien thoai", "sdt"),
    COMMUNE("communeCode", "Mã xã", "ma xa", "ma xa/phuong", "ma don vi hanh chinh xa"),
    PRODUCT("productCode", "Loại vắc xin", "loai vac xin", "loai vaccine", "vac xin", "ten vac xin"),
    LOT("lot", "Số lô", "so lo", "lo vac xin"),
    DOSE_DATE("doseDate", "Ngày tiêm", "ngay tiem"),
    DOSE_NUMBER("doseNumber", "Mũi số", "mui so", "mui tiem", "mui tiem thu", "mui"),
    SITE("site", "Nơi tiêm", "noi tiem", "co so tiem", "diem tiem");

    /** Columns a file must have; a person needs the CCCD, or name + birth + commune, row by row. */
    static final List<DoseImportColumn> REQUIRED = List.of(PRODUCT, DOSE_DATE, DOSE_NUMBER);

    private final String field;
    private final String header;
    private final List<String> aliases;

    DoseImportColumn(String field, String header, String... aliases) {
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

    static Optional<DoseImportColumn> byHeader(String text) {
        return HeaderedColumn.byHeader(values(), text);
    }

    static String fold(String s) {
        return HeaderedColumn.fold(s);
    }
}
