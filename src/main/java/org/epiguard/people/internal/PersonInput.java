package org.epiguard.people.internal;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A person as entered in the form or sent to the API, before validation. Every text is taken as
 * typed; {@link PersonRules} normalises and checks it.
 */
@Schema(description = "A person to create or the new state of a person to update")
record PersonInput(
        @Schema(description = "CCCD (12 digits) or CMND (9 digits); spaces allowed", example = "022085001234") String citizenId,
        @Schema(description = "true: a Vietnamese person (14 or older) has no ID card") Boolean noId,
        @Schema(description = "Passport number, required for foreigners") String passportNo,
        @Schema(description = "ISO 3166 alpha-2 nationality, default VN", example = "VN") String nationality,
        @Schema(example = "Nguyễn Văn An") String fullName,
        @Schema(description = "Date of birth: yyyy, dd/MM/yyyy or yyyy-MM-dd", example = "12/03/1985") String birth,
        @Schema(description = "M or F", example = "M") String sex,
        @Schema(description = "Vietnamese phone in any usual form", example = "+84 912 345 678") String phone,
        @Schema(description = "GSO code of the commune of residence", example = "06673") String communeCode,
        @Schema(description = "Village (thôn/khu/tổ) of the commune") Long villageId,
        @Schema(description = "House number, street") String addressText,
        @Schema(description = "Household to join") Long householdId,
        @Schema(description = "true: start a new household at this address") Boolean newHousehold,
        @Schema(description = "Occupation group", example = "FISHERMAN") String occupation,
        @Schema(description = "Workplace or school (organisation unit id)") Long workplaceId,
        @Schema(description = "Comorbidities", example = "[\"DIABETES\"]") List<String> comorbidities,
        Boolean pregnant,
        @Schema(description = "true: create although a person with the same name, birth and phone exists")
        Boolean confirmNotDuplicate) {

    boolean flag(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
