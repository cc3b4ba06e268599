package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.persistence.ImportRow;

/** What happens to a file's original once its import is settled (the inbox moves it to archive or error). */
public interface ImportFinishing {

    void settleOriginal(ImportRow row, boolean imported);
}
