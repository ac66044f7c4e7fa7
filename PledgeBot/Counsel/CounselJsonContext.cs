using System.Text.Json;
using System.Text.Json.Serialization;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Counsel;

/// <summary>Source-generated JSON of the console's API, its stream and what it keeps sealed, camelCase.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CounselQueueItem))]
[JsonSerializable(typeof(IReadOnlyList<CounselQueueItem>))]
[JsonSerializable(typeof(CounselMessageRequest))]
[JsonSerializable(typeof(CounselMessageSent))]
[JsonSerializable(typeof(CounselStreamEvent))]
[JsonSerializable(typeof(TranscriptEntry))]
[JsonSerializable(typeof(CounselAuditEntry))]
[JsonSerializable(typeof(ConversationReference))]
internal sealed partial class CounselJsonContext : JsonSerializerContext;
