package org.epiguard.cases.internal;

/** A zone is proposed (by a positive rapid test), active once the commune confirms it, then lifted. */
enum ZoneStatus { PROPOSED, ACTIVE, LIFTED }
