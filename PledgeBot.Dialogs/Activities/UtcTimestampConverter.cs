using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Activities;

/// <summary>Writes <c>timestamp</c> as ISO 8601 UTC with a Z, as the channels do (Bot Framework Activity schema).</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TryGetDateTimeOffset(out var value)
            ? value
            : throw new JsonException("timestamp is not an ISO 8601 date and time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
    }
}
