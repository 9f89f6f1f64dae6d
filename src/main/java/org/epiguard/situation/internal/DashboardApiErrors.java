package org.epiguard.situation.internal;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad parameter of the dashboard API: 400 naming the field, as the other situation APIs answer. */
@RestControllerAdvice(assignableTypes = DashboardApi.class)
class DashboardApiErrors extends SituationApiErrors {
}
