/** Cross-cutting parts every module may use: time, node identity, API error handling. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.tierflow.shared;
