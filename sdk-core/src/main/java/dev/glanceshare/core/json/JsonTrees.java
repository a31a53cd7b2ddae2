package dev.glanceshare.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Reads and writes JSON trees with jackson-core's streaming parser and generator alone. The SDK works on
 * trees, and an {@code ObjectMapper} costs about 0.15 s of CPU to set up in a new JVM; a short-lived
 * process that only reads a token and a member should not pay for it. The trees are the ones
 * {@code ObjectMapper.readTree} builds (same node types, last duplicate key wins, trailing content
 * ignored), and the text is what {@code writeValueAsString} writes.
 */
final class JsonTrees {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /** @return the tree, or {@code null} when the input holds no JSON value at all */
    static JsonParser parser(byte[] json) throws IOException {
        return FACTORY.createParser(json);
    }

    static String copyAsText(JsonParser parser) throws IOException {
        Writer out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.copyCurrentStructure(parser);
        }
        return out.toString();
    }

    static JsonNode read(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return p.nextToken() == null ? null : value(p);
        }
    }

    private static JsonNode value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    p.nextToken();
                    object.set(name, value(p));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT: return NODES.numberNode(p.getIntValue());
                    case LONG: return NODES.numberNode(p.getLongValue());
                    default: return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                        ? NODES.numberNode(p.getDecimalValue()) : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE: return NODES.booleanNode(true);
            case VALUE_FALSE: return NODES.booleanNode(false);
            case VALUE_NULL: return NODES.nullNode();
            default:
                throw new IOException("unexpected JSON token " + p.currentToken());
        }
    }

    /** @return whether {@link #write} can write the tree (no POJO, binary or missing nodes in it) */
    static boolean writable(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
            case ARRAY:
                for (JsonNode child : node) {
                    if (!writable(child)) {
                        return false;
                    }
                }
                return true;
            case STRING: case NUMBER: case BOOLEAN: case NULL:
                return true;
            default:
                return false;
        }
    }

    static byte[] writeBytes(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String writeString(JsonNode node) {
        Writer out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
                return;
            case ARRAY:
                g.writeStartArray();
                for (JsonNode child : node) {
                    write(g, child);
                }
                g.writeEndArray();
                return;
            case STRING: g.writeString(node.textValue()); return;
            case BOOLEAN: g.writeBoolean(node.booleanValue()); return;
            case NULL: g.writeNull(); return;
            case NUMBER:
                switch (node.numberType()) {
                    case INT: g.writeNumber(node.intValue()); return;
                    case LONG: g.writeNumber(node.longValue()); return;
                    case BIG_INTEGER: g.writeNumber(node.bigIntegerValue()); return;
                    case FLOAT: g.writeNumber(node.floatValue()); return;
                    case BIG_DECIMAL: g.writeNumber(node.decimalValue()); return;
                    default: g.writeNumber(node.doubleValue()); return;
                }
            default:
                throw new IllegalArgumentException("not a plain JSON node: " + node.getNodeType());
        }
    }
}
