package community.platform.discord.emulator.model;

/** A file on a message: uploaded as {@code files[n]} of a multipart body, kept with its bytes. */
public record Attachment(long id, String filename, String contentType, String description, byte[] data) {

    public String url(long channelId) {
        return "https://cdn.discordapp.com/attachments/" + channelId + "/" + id + "/" + filename;
    }

    public Attachment describedAs(String text) {
        return new Attachment(id, filename, contentType, text, data);
    }
}
