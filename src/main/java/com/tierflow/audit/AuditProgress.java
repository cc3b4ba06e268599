package com.tierflow.audit;

/**
 * How far the audit of one import got with one call.
 *
 * @param audited     orders audited by this call
 * @param approved    of those, approved automatically
 * @param sentToPeople of those, waiting for a clerk or manager (a process instance each, started once the slice
 *                     has committed)
 * @param rejected    of those, rejected
 * @param done        whether every order of the import is audited now and every approval process started
 */
public record AuditProgress(long importId, int audited, int approved, int sentToPeople, int rejected, boolean done) {

    public AuditProgress plus(AuditProgress more) {
        return new AuditProgress(importId, audited + more.audited, approved + more.approved,
                sentToPeople + more.sentToPeople, rejected + more.rejected, more.done);
    }
}
