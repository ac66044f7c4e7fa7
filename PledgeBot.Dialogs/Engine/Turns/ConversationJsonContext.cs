using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>How the engine stores a conversation: its state and dialog stack. Each flow's own state record is in the
/// frames as JSON written by that flow's context.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationState))]
[JsonSerializable(typeof(DialogFrame))]
public sealed partial class ConversationJsonContext : JsonSerializerContext
{
    /// <summary>Vietnamese as UTF-8 rather than \u escapes: a third of the bytes in the store.</summary>
    public static ConversationJsonContext Wire => WireHolder.Instance;

    // A holder class, so the relaxed context is built after Default whatever order the partial files initialise in.
    private static class WireHolder
    {
        public static readonly ConversationJsonContext Instance = new(new JsonSerializerOptions(Default!.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
