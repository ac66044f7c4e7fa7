using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Direct Line's own shapes, with the bot library's activity contract (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Conversation))]
[JsonSerializable(typeof(ConversationStart))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(PageTokenRequest))]
[JsonSerializable(typeof(PageToken))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext
{
    /// <summary>Vietnamese as UTF-8 rather than \u escapes, as ProtocolJsonContext.Wire writes it.</summary>
    public static DirectLineJsonContext Wire => WireHolder.Instance;

    // A holder class, so the relaxed context is built after Default whatever order the partial files initialise in.
    private static class WireHolder
    {
        public static readonly DirectLineJsonContext Instance = new(new JsonSerializerOptions(Default!.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
