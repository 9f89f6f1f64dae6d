package org.epiguard.vaccination.internal;

/** A recovery as a form or an API client sends it: the date as typed (dd/MM/yyyy or yyyy-MM-dd). */
record RecoveryInput(Long personId, String recoveredOn, String note) {
}
