package org.epiguard.testing.internal;

import org.epiguard.platform.files.HeaderedColumn;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a result file, in the template's order. Headers are recognised without diacritics
 * or case, by the template's (Vietnamese) header or the usual variants; {@link #field()} is the name
 * errors give the column, as in the single-entry form and the JSON API.
 */
enum ResultImportColumn implements HeaderedColumn {
    CITIZEN_ID("citizenId", "citizen_id", "Số CCCD/CMND", "so cccd", "cccd", "cmnd", "so cmnd", "so dinh danh"),
    FULL_NAME("fullName", "full_name", "Họ tên", "ho va ten"),
    BIRTH("birth", "birth", "Ngày sinh", "nam sinh", "ngay thang nam sinh"),
    SEX("sex", "sex", "Giới tính"),
    PHONE("phone", "phone", "Số điện thoại", "dien thoai", "sdt"),
    COMMUNE("communeCode", "commune", "Mã xã", "ma xa/phuong", "ma xa noi o"),
    SAMPLE_BARCODE("sampleBarcode", "sample_barcode", "Mã mẫu", "ma vach mau", "ma ong mau", "barcode"),
    POOL_BARCODE("poolBarcode", "pool_barcode", "Mã mẫu gộp", "ma gop", "ma ong gop", "ma mau gop"),
    KIND("kind", "kind", "Loại xét nghiệm", "loai xn", "loai test", "phuong phap"),
    OUTCOME("outcome", "outcome", "Kết quả", "ket qua xet nghiem", "ket qua xn"),
    CT("ctValue", "ct", "Giá trị Ct", "ct", "chi so ct"),
    COLLECTED_AT("collectedAt", "collected_raw", "Thời gian lấy mẫu", "ngay lay mau", "thoi diem lay mau"),
    RESULT_AT("resultAt", "result_raw", "Thời gian có kết quả", "ngay co ket qua", "ngay tra ket qua", "thoi diem co ket qua"),
    UNIT("unitId", "unit", "Đơn vị xét nghiệm", "don vi", "don vi thuc hien", "noi xet nghiem", "phong xet nghiem");

    /** Columns a file must have; a person needs the CCCD, or name + birth + commune, row by row. */
    static final List<ResultImportColumn> REQUIRED = List.of(KIND, OUTCOME, RESULT_AT);

    private final String field;
    private final String stageColumn;
    private final String header;
    private final List<String> aliases;

    ResultImportColumn(String field, String stageColumn, String header, String... aliases) {
        this.field = field;
        this.stageColumn = stageColumn;
        this.header = header;
        this.aliases = List.of(aliases);
    }

    String field() {
        return field;
    }

    /** The text column of the staging table the cells go to. */
    String stageColumn() {
        return stageColumn;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    static Optional<ResultImportColumn> byHeader(String text) {
        return HeaderedColumn.byHeader(values(), text);
    }

    /** The header of the column a field name stands for (the field itself when none does). */
    static String headerOf(String field) {
        for (ResultImportColumn c : values()) {
            if (c.field.equals(field)) {
                return c.header;
            }
        }
        return field;
    }
}
