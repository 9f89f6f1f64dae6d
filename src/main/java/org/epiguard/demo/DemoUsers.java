package org.epiguard.demo;

import java.util.List;

import static org.epiguard.access.Role.*;
import static org.epiguard.access.ScopeLevel.*;

/** The demo logins, one or more for every role, with scopes in different districts. All share {@link #PASSWORD}. */
public final class DemoUsers {

    public static final String PASSWORD = "demo@2021";

    public static final List<DemoUser> ALL = List.of(
            DemoUser.area("admin", "Quản trị hệ thống", SYSTEM_ADMIN, PROVINCE, "22"),
            DemoUser.area("bcd.tinh", "Ban Chỉ đạo phòng, chống dịch tỉnh Quảng Ninh", PROVINCE_COMMITTEE, PROVINCE, "22"),
            DemoUser.area("ttch.halong", "Trung tâm chỉ huy thành phố Hạ Long", DISTRICT_COMMAND, DISTRICT, "193"),
            DemoUser.area("ttch.mongcai", "Trung tâm chỉ huy thành phố Móng Cái", DISTRICT_COMMAND, DISTRICT, "194"),
            DemoUser.area("tyt.baichay", "Trạm Y tế phường Bãi Cháy", COMMUNE_HEALTH_STATION, COMMUNE, "06673"),
            DemoUser.area("tyt.kalong", "Trạm Y tế phường Ka Long", COMMUNE_HEALTH_STATION, COMMUNE, "06709"),
            DemoUser.area("tocovid.baichay", "Tổ COVID cộng đồng phường Bãi Cháy", COMMUNITY_TEAM, COMMUNE, "06673"),
            DemoUser.unit("truong.baichay", "Trường THPT Bãi Cháy", SCHOOL, "06673", "Trường THPT Bãi Cháy"),
            DemoUser.unit("dn.texhong", "Công ty Texhong Ngân Long", ENTERPRISE, "06952",
                    "Công ty TNHH Khoa học Kỹ thuật Texhong Ngân Long"),
            DemoUser.unit("cachly.vandon", "Khu cách ly tập trung Vân Đồn", QUARANTINE_FACILITY, "07012",
                    "Khu cách ly tập trung Vân Đồn"),
            DemoUser.unit("xn.cdc", "Phòng xét nghiệm CDC Quảng Ninh", LABORATORY, "06688", "Phòng xét nghiệm CDC Quảng Ninh"),
            DemoUser.unit("chot.bachdang", "Chốt kiểm soát cầu Bạch Đằng", CHECKPOINT, "07168", "Chốt kiểm soát cầu Bạch Đằng"));

    private DemoUsers() {
    }
}
