package org.epiguard.vaccination.internal;

/** An enterprise's out-of-province workers on a date: registered (in their period), with no dose, with one dose. */
record EnterpriseWorkers(long enterpriseId, String enterpriseName, String communeCode, long registered, long noDose,
                         long oneDose) {
}
