using System.Text.Json.Serialization;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Dialogs;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs.Serialization;

/// <summary>The one source-generated JSON context of the bot: the wire protocol (camelCase, nulls omitted) and state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(ConversationState))]
[JsonSerializable(typeof(DialogFrame))]
[JsonSerializable(typeof(ContentDocument))]
[JsonSerializable(typeof(PledgeBot.Dialogs.Flows.Pledge.PledgeState))]
[JsonSerializable(typeof(PledgeBot.Dialogs.Flows.TalkToSomeone.HandoffRequest))]
[JsonSerializable(typeof(PledgeBot.Dialogs.Flows.Privacy.DeleteMyDataState))]
[JsonSerializable(typeof(PledgeBot.Dialogs.Flows.Pledge.Provinces.ProvinceState))]
[JsonSerializable(typeof(PledgeBot.Dialogs.Flows.Quiz.QuizState))]
[JsonSerializable(typeof(string))]
public sealed partial class DialogsJsonContext : JsonSerializerContext;
