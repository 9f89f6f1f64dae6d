package org.epiguard.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file saved to a temporary file for a background job, with its SHA-256 (by which a
 * second upload of the same file is recognised) and the name to show (the last part of the name the
 * browser sent, "upload" when none). The job deletes the file when it is done.
 */
public record SavedUpload(Path file, String sha256, String name) {

    public static SavedUpload save(String prefix, String fileName, InputStream content) throws IOException {
        Path file = Files.createTempFile(prefix, ".upload");
        MessageDigest sha = digest();
        try (InputStream in = new DigestInputStream(content, sha)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new SavedUpload(file, HexFormat.of().formatHex(sha.digest()), displayName(fileName));
    }

    /** The SHA-256 of a file, as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        Path name = Path.of(fileName.replace('\\', '/')).getFileName();
        return name == null ? "upload" : name.toString();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
