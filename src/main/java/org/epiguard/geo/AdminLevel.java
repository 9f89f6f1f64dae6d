package org.epiguard.geo;

public enum AdminLevel {
    PROVINCE, DISTRICT, COMMUNE
}
