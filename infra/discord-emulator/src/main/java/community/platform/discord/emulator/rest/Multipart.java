package community.platform.discord.emulator.rest;

import community.platform.discord.emulator.model.DiscordError;
import community.platform.discord.emulator.model.FormErrors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as Discord takes it (reference.mdx, "Uploading Files"): the JSON in
 * {@code payload_json}, and files as {@code files[n]}, each part with a {@code Content-Disposition} naming it and its
 * {@code filename}. "The default limit is 10 MiB" per file (413, 40005 "Request entity too large"); at most 10 files.
 */
final class Multipart {

    /** Discord's default upload size limit, per file. */
    static final int FILE_LIMIT = 10 * 1024 * 1024;
    static final int MAX_FILES = 10;

    /** One {@code files[n]} part: n is the placeholder id the JSON's {@code attachments} refer to. */
    record Upload(String index, String filename, String contentType, byte[] data) {
    }

    record Body(byte[] json, Map<String, Upload> files) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final Pattern FILE_PART = Pattern.compile("files\\[([0-9]{1,20})]");

    private Multipart() {
    }

    static Body parse(String contentType, byte[] body) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!contentType.startsWith("multipart/form-data") || !b.find()) {
            throw new DiscordError(400, 50035, "Invalid Form Body: invalid Content-Type provided");
        }
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] json = null;
        Map<String, Upload> files = new LinkedHashMap<>();
        List<int[]> parts = partsOf(body, delimiter);
        for (int[] part : parts) {
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), part[0], part[1]);
            if (headerEnd < 0) {
                throw new DiscordError(400, 50035, "Invalid Form Body: a part has no headers");
            }
            String headers = new String(body, part[0], headerEnd - part[0], StandardCharsets.UTF_8);
            byte[] data = java.util.Arrays.copyOfRange(body, headerEnd + 4, part[1]);
            String disposition = header(headers, "content-disposition");
            Matcher name = disposition == null ? null : NAME.matcher(disposition);
            if (name == null || !name.find()) {
                throw new DiscordError(400, 50035, "Invalid Form Body: a part has no Content-Disposition name");
            }
            Matcher file = FILE_PART.matcher(name.group(1));
            if (name.group(1).equals("payload_json")) {
                json = data;
            } else if (file.matches()) {
                Matcher filename = FILENAME.matcher(disposition);
                if (!filename.find() || filename.group(1).isEmpty()) {
                    throw FormErrors.of(name.group(1), "BASE_TYPE_REQUIRED", "A file needs a filename.");
                }
                if (data.length > FILE_LIMIT) {
                    throw new DiscordError(413, 40005, "Request entity too large");
                }
                if (files.put(file.group(1), new Upload(file.group(1), filename.group(1),
                        header(headers, "content-type"), data)) != null) {
                    throw FormErrors.of(name.group(1), "BASE_TYPE_DUPLICATE", "Each file part is named once.");
                }
            }
            // other fields (content, tts, ...) are not sent by the clients the emulator serves
        }
        if (files.size() > MAX_FILES) {
            throw FormErrors.of("files", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }
        return new Body(json == null ? "{}".getBytes(StandardCharsets.UTF_8) : json, files);
    }

    /** [start, end) of each part's bytes between delimiters (without the CRLF before the next delimiter). */
    private static List<int[]> partsOf(byte[] body, byte[] delimiter) {
        List<int[]> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0, body.length);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts; // the closing delimiter
            }
            start += 2; // CRLF after the delimiter
            int next = indexOf(body, delimiter, start, body.length);
            if (next < 0) {
                break;
            }
            parts.add(new int[] {start, next - 2});
            at = next;
        }
        throw new DiscordError(400, 50035, "Invalid Form Body: the multipart body does not end with its boundary");
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
