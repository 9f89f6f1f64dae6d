package org.epiguard.people.internal;

import org.epiguard.people.Comorbidity;
import org.epiguard.people.Occupation;
import org.epiguard.people.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRulesTest {

    static final LocalDate TODAY = LocalDate.of(2021, 10, 10);

    static PersonInput vietnamese(String citizenId, String birth, String sex) {
        return new PersonInput(citizenId, null, null, null, " Nguyễn  Văn An ", birth, sex, "+84 912 345 678", "06673",
                null, "  12  Hạ Long ", null, null, "fisherman", null, List.of("diabetes", "HYPERTENSION"), null, null);
    }

    @Test
    void a_complete_vietnamese_person_is_normalised() {
        PersonDraft d = PersonRules.validate(vietnamese("022 085 001 234", "12/03/1985", "m"), TODAY);
        assertThat(d.citizenId()).isEqualTo("022085001234");
        assertThat(d.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(d.phone()).isEqualTo("0912345678");
        assertThat(d.sex()).isEqualTo(Sex.M);
        assertThat(d.nationality()).isEqualTo("VN");
        assertThat(d.occupation()).isEqualTo(Occupation.FISHERMAN);
        assertThat(d.comorbidities()).containsExactly(Comorbidity.DIABETES, Comorbidity.HYPERTENSION);
        assertThat(d.addressText()).isEqualTo("12 Hạ Long");
    }

    @Test
    void a_vietnamese_adult_needs_a_citizen_ID_unless_explicitly_without_one() {
        assertProblems(vietnamese(null, "1985", "M"), "citizenId");
        var noId = new PersonInput(null, true, null, "VN", "Trần Văn Bình", "1985", "M", null, "06673", null, null,
                null, null, null, null, null, null, null);
        assertThat(PersonRules.validate(noId, TODAY).noId()).isTrue();
    }

    @Test
    void a_child_under_14_needs_no_citizen_ID() {
        assertThat(PersonRules.validate(vietnamese(null, "11/10/2007", "M"), TODAY).citizenId()).isNull();
        assertProblems(vietnamese(null, "10/10/2007", "M"), "citizenId");
    }

    @Test
    void a_foreigner_needs_a_passport_and_no_citizen_ID() {
        var noPassport = new PersonInput(null, null, null, "cn", "Li Wei", "1990", "M", null, "06709", null, null,
                null, null, null, null, null, null, null);
        assertProblems(noPassport, "passportNo");
        var withCccd = new PersonInput("022090001234", null, "E1234567", "CN", "Li Wei", "1990", "M", null, "06709",
                null, null, null, null, null, null, null, null, null);
        assertProblems(withCccd, "citizenId");
        var ok = new PersonInput(null, null, " e 1234567 ", "CN", "Li Wei", "1990", "M", null, "06709", null, null,
                null, null, null, null, null, null, null);
        assertThat(PersonRules.validate(ok, TODAY).passportNo()).isEqualTo("E1234567");
    }

    @Test
    void an_unknown_nationality_or_a_malformed_passport_is_refused() {
        var input = new PersonInput(null, null, "12", "XX", "Li Wei", "1990", "M", null, "06709", null, null,
                null, null, null, null, null, null, null);
        assertProblems(input, "nationality", "passportNo");
    }

    @Test
    void only_a_woman_can_be_pregnant() {
        var man = new PersonInput("022085001234", null, null, null, "Nguyễn Văn An", "1985", "M", null, "06673",
                null, null, null, null, null, null, null, true, null);
        assertProblems(man, "pregnant");
        var unknownSex = new PersonInput("022085001234", null, null, null, "Nguyễn Văn An", "1985", null, null, "06673",
                null, null, null, null, null, null, null, true, null);
        assertProblems(unknownSex, "pregnant");
        var woman = new PersonInput("022185001234", null, null, null, "Nguyễn Thị Hoa", "1985", "F", null, "06673",
                null, null, null, null, null, null, null, true, null);
        assertThat(PersonRules.validate(woman, TODAY).pregnant()).isTrue();
    }

    @Test
    void every_bad_field_is_reported_at_once_by_name() {
        var bad = new PersonInput("12345", null, null, null, "", "32/13/1985", "X", "12345", " ", null,
                null, null, null, "ASTRONAUT", null, List.of("FLU"), null, null);
        assertProblems(bad, "fullName", "birth", "sex", "citizenId", "phone", "communeCode", "occupation", "comorbidities");
    }

    @Test
    void the_CCCD_must_agree_with_the_birth_year_and_sex_entered() {
        assertProblems(vietnamese("022085001234", "1986", "M"), "citizenId");
        assertProblems(vietnamese("022085001234", "1985", "F"), "citizenId");
    }

    private static void assertProblems(PersonInput input, String... fields) {
        assertThatThrownBy(() -> PersonRules.validate(input, TODAY)).isInstanceOfSatisfying(InvalidPerson.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields));
    }
}
