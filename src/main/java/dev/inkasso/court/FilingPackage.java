package dev.inkasso.court;

import java.util.List;

/** A filing as a lawyer uploads it: the files and a manifest naming each with its type and SHA-256. */
public record FilingPackage(List<File> files, byte[] manifest, String manifestSha256) {
    public record File(String name, String type, byte[] content, String sha256) {
    }
}
