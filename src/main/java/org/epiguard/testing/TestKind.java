package org.epiguard.testing;

/** The kinds of test: a rapid antigen test by a professional or a self-test, an RT-PCR on one sample or on a pool. */
public enum TestKind {
    RAPID_PROFESSIONAL, RAPID_SELF, PCR_SINGLE, PCR_POOL;

    public boolean rapid() {
        return this == RAPID_PROFESSIONAL || this == RAPID_SELF;
    }

    public boolean pcr() {
        return !rapid();
    }

    public String labelKey() {
        return "testing.kind." + name();
    }
}
