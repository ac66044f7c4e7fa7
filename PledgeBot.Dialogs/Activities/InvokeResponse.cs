using System.Text.Json;

namespace PledgeBot.Dialogs.Activities;

/// <summary>The synchronous answer to an invoke activity (PROTOCOL.md 1.6).</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
