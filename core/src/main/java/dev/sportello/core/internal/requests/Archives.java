package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.RequestSettings;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.StoredFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Packs uploaded files into one zip with a manifest (R-REQ-2), and reads stored archives back through
 * a guard. Written here on purpose: the checks are the point.
 *
 * <p>Packing checks count, emptiness, sizes and the type detected from the content (PDF, JPEG, PNG,
 * TIFF by their magic numbers — never the name), sanitises names, and writes {@code manifest.tsv}
 * (name, size, SHA-256, type). An entry that would inflate beyond the guard's ratio (a blank scan) is
 * stored uncompressed, so the SDK never writes what it would refuse to read; so are JPEG, PNG and any
 * file whose first 16 KB do not compress, which deflating would only slow down.
 *
 * <p>Reading back refuses: more entries than allowed, more inflated bytes than allowed (counted while
 * inflating, not taken from headers), an entry whose ratio is too high, names with {@code ..},
 * absolute or with a backslash, directories, nested archives, a content type not allowed, and any
 * mismatch with the manifest.
 *
 * <p>Thread-safe.
 */
public final class Archives {
    static final String MANIFEST = "manifest.tsv";
    /** How much of a file {@link #storeUncompressed} deflates to judge whether it compresses at all. */
    private static final int SAMPLE = 16 * 1024;
    private final RequestSettings settings;

    /** A packed archive and what its manifest says. */
    public record Packed(byte[] zip, List<AttachmentInfo> files) {
    }

    /**
     * Creates the packer and guard.
     *
     * @param settings the limits
     */
    public Archives(RequestSettings settings) {
        this.settings = settings;
    }

    /**
     * Checks uploaded files and packs them.
     *
     * @param archive the id the archive will have
     * @param uploads the files, 0 to the limit
     * @param field   the input field, for errors (e.g. {@code attachments})
     * @return the archive, or null when there are no files
     */
    public Packed pack(ArchiveId archive, List<Attachment> uploads, String field) {
        if (uploads.size() > settings.maxFiles()) {
            throw SportelloException.invalidField(ErrorCode.REQ_TOO_MANY_FILES, field,
                    Map.of("max", Integer.toString(settings.maxFiles()), "count", Integer.toString(uploads.size())));
        }
        if (uploads.isEmpty()) {
            return null;
        }
        long total = 0;
        List<String> types = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            byte[] content = uploads.get(i).content();
            String item = field + "[" + i + "]";
            if (content.length == 0) {
                throw SportelloException.invalidField(ErrorCode.REQ_FILE_EMPTY, item, Map.of());
            }
            if (content.length > settings.maxFileBytes()) {
                throw SportelloException.invalidField(ErrorCode.REQ_FILE_TOO_LARGE, item,
                        Map.of("size", Integer.toString(content.length), "max", Long.toString(settings.maxFileBytes())));
            }
            total += content.length;
            String type = ContentTypes.detect(content).filter(settings.allowedTypes()::contains).orElseThrow(() ->
                    SportelloException.invalidField(ErrorCode.REQ_FILE_TYPE_NOT_ALLOWED, item,
                            Map.of("allowed", String.join(", ", settings.allowedTypes().stream().sorted().toList()))));
            FileStructure.problem(type, content).ifPresent(reason -> {
                throw SportelloException.invalidField(ErrorCode.REQ_FILE_STRUCTURE_INVALID, item,
                        Map.of("type", type, "reason", reason));
            });
            types.add(type);
        }
        if (total > settings.maxTotalBytes()) {
            throw SportelloException.invalidField(ErrorCode.REQ_FILES_TOO_LARGE, field,
                    Map.of("size", Long.toString(total), "max", Long.toString(settings.maxTotalBytes())));
        }
        Set<String> taken = new HashSet<>(Set.of(MANIFEST));
        List<AttachmentInfo> infos = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(total + 1024, Integer.MAX_VALUE));
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            StringBuilder manifest = new StringBuilder("name\tsize\tsha256\ttype\n");
            for (int i = 0; i < uploads.size(); i++) {
                byte[] content = uploads.get(i).content();
                String name = FileNames.sanitise(uploads.get(i).fileName(), types.get(i), settings.maxFileNameLength(), taken);
                taken.add(name.toLowerCase(Locale.ROOT));
                String sha = sha256(content);
                infos.add(new AttachmentInfo(archive, name, content.length, sha, types.get(i)));
                manifest.append(name).append('\t').append(content.length).append('\t').append(sha).append('\t')
                        .append(types.get(i)).append('\n');
                write(zip, name, content, types.get(i));
            }
            write(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8), "text/tab-separated-values");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Packed(out.toByteArray(), infos);
    }

    private void write(ZipOutputStream zip, String name, byte[] content, String type) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // JPEG and PNG are compressed already: store them; the others after one trial deflate (storeUncompressed)
        boolean store = type.equals(ContentTypes.JPEG) || type.equals(ContentTypes.PNG)
                || storeUncompressed(content, settings.maxCompressionRatio());
        if (store) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Whether deflating {@code content} is either pointless or unsafe, from one trial deflate at the fastest level:
     * pointless when a file of at least {@value #SAMPLE} bytes keeps more than 95% of the size of its first
     * {@value #SAMPLE} bytes (most PDFs carry their streams deflated already: deflating them again cost a millisecond
     * per 100 KB and saved nothing); unsafe when the whole would deflate beyond half the read-back guard's ratio (a
     * blank scan), so that the SDK never writes what it would refuse to read. The trial stops as soon as the answer
     * is known, so an ordinary file costs a fraction of a full deflate.
     */
    private static boolean storeUncompressed(byte[] content, int maxRatio) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            byte[] buffer = new byte[8192];
            long size = 0;
            int sample = Math.min(content.length, SAMPLE);
            deflater.setInput(content, 0, sample);
            int n;
            do {   // a sync flush writes out all of the sample: its deflated size is then exact
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                size += n;
            } while (n == buffer.length);
            if (sample == SAMPLE && size * 100 > SAMPLE * 95L) {
                return true;
            }
            deflater.setInput(content, sample, content.length - sample);
            deflater.finish();
            while (!deflater.finished()) {
                if (size * maxRatio / 2 >= content.length) {
                    return false;
                }
                size += deflater.deflate(buffer);
            }
            return size * maxRatio / 2 < content.length;
        } finally {
            deflater.end();
        }
    }

    /**
     * Reads a stored archive back through the guard.
     *
     * @param archive the archive's id, for errors
     * @param zip     the bytes
     * @return the files, in the archive's order
     * @throws dev.sportello.RuleViolationException with {@code REQ_ARCHIVE_UNSAFE} and the reason
     */
    public List<StoredFile> read(ArchiveId archive, byte[] zip) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        long inflated = 0;
        byte[] manifest = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (names.size() + (manifest == null ? 0 : 1) >= settings.maxArchiveEntries()) {
                    throw unsafe(archive, "more than " + settings.maxArchiveEntries() + " entries");
                }
                String name = entry.getName();
                if (entry.isDirectory() || name.isEmpty() || name.contains("..") || name.startsWith("/")
                        || name.contains("\\") || name.contains("/") || name.matches("^[A-Za-z]:.*")) {
                    throw unsafe(archive, "entry name not allowed");
                }
                byte[] content = inflate(in, settings.maxInflatedBytes() - inflated, archive);
                inflated += content.length;
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && content.length > 1024 && content.length / compressed > settings.maxCompressionRatio()) {
                    throw unsafe(archive, "entry inflates more than " + settings.maxCompressionRatio() + " times");
                }
                if (name.equals(MANIFEST)) {
                    manifest = content;
                    continue;
                }
                if (ContentTypes.isArchive(content)) {
                    throw unsafe(archive, "nested archive");
                }
                names.add(name);
                contents.add(content);
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream throws IllegalArgumentException for an entry name that is not UTF-8
            throw unsafe(archive, "not a readable zip");
        }
        if (zip.length > 0 && inflated / zip.length > settings.maxCompressionRatio()) {
            throw unsafe(archive, "archive inflates more than " + settings.maxCompressionRatio() + " times");
        }
        if (manifest == null) {
            throw unsafe(archive, "no manifest");
        }
        return checkManifest(archive, new String(manifest, StandardCharsets.UTF_8), names, contents);
    }

    private List<StoredFile> checkManifest(ArchiveId archive, String manifest, List<String> names, List<byte[]> contents) {
        String[] lines = manifest.split("\n");
        if (lines.length - 1 != names.size()) {
            throw unsafe(archive, "manifest does not match the entries");
        }
        List<StoredFile> files = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String[] cols = lines[i + 1].split("\t");
            byte[] content = contents.get(i);
            String type = ContentTypes.detect(content).orElse("unknown");
            if (cols.length != 4 || !cols[0].equals(names.get(i)) || !cols[1].equals(Integer.toString(content.length))
                    || !cols[2].equals(sha256(content)) || !cols[3].equals(type)) {
                throw unsafe(archive, "manifest does not match entry " + (i + 1));
            }
            if (!settings.allowedTypes().contains(type)) {
                throw unsafe(archive, "content type not allowed");
            }
            files.add(new StoredFile(new AttachmentInfo(archive, names.get(i), content.length, cols[2], type), content));
        }
        return files;
    }

    private static byte[] inflate(InputStream in, long budget, ArchiveId archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > budget) {
                throw unsafe(archive, "inflates beyond the size limit");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static SportelloException unsafe(ArchiveId archive, String reason) {
        return SportelloException.of(ErrorCode.REQ_ARCHIVE_UNSAFE, Map.of("archiveId", archive.toString(), "reason", reason));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
