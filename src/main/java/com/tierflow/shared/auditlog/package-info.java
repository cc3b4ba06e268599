/** The audit trail: who did what, when and from where, for every module to record into and the console to show. */
package com.tierflow.shared.auditlog;
