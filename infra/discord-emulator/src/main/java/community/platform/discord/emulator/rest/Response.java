package community.platform.discord.emulator.rest;

import tools.jackson.databind.JsonNode;

/** A REST answer: status and JSON body (none for 204). */
record Response(int status, JsonNode body) {

    static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    static Response created(JsonNode body) {
        return new Response(201, body);
    }

    static Response noContent() {
        return new Response(204, null);
    }
}
