package com.tierflow.intake.internal;

/** Makes a client's file name safe to keep on disk and show: no folders, no control characters, bounded. */
final class FileNames {

    private FileNames() {
    }

    static String sanitise(String original) {
        String name = original == null ? "" : original;
        // keep only the last path element, whichever separator the client used
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // format characters (right-to-left override, zero-width) can make "exe.csv" read as "csv.exe"
            safe.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || ":*?\"<>|".indexOf(c) >= 0 ? '_' : c);
        }
        String result = safe.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isEmpty()) {
            result = "upload";
        }
        return result.length() > 150 ? result.substring(result.length() - 150) : result;
    }
}
