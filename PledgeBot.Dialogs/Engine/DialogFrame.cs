using System.Text.Json;

namespace PledgeBot.Dialogs.Engine;

/// <summary>One dialog on the stack: which flow, which step it waits at, its typed state as JSON, and how many
/// answers to the current prompt were not understood.</summary>
public sealed record DialogFrame(string Flow, int Step, JsonElement State, int Attempts = 0);
