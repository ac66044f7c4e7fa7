using System.Text.Json;

namespace PledgeBot.Dialogs.Activities;

/// <summary>The synchronous answer to an invoke activity (Bot Framework SDK, InvokeResponse).</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
