package org.neuroloom.engine.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Why a file operation failed, in words for a message (the JDK's own message is often just the path). */
final class IoReason {

    private IoReason() {
    }

    /**
     * Why {@code out} cannot be written as a file before anything is tried: its directory is
     * missing, or it is a directory itself; {@code null} when it can be tried.
     */
    static String unwritableFile(String out) {
        Path target = Path.of(out);
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "cannot write " + out + ": the directory " + dir + " does not exist";
        }
        if (Files.isDirectory(target)) {
            return "cannot write " + out + ": it is a directory";
        }
        return null;
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name exists and is not a directory";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
