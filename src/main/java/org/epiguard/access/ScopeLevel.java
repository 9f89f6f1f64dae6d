package org.epiguard.access;

public enum ScopeLevel {
    NATION, PROVINCE, DISTRICT, COMMUNE, UNIT
}
