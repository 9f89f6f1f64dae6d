package org.epiguard.testing.internal;

enum Outcome {
    POSITIVE, NEGATIVE, INVALID
}
