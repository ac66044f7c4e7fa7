using PledgeBot.Dialogs.Dialogs;

namespace PledgeBot.Dialogs.Turns;

/// <summary>Everything the bot remembers about one conversation. No names, no message text (DESIGN.md, Privacy).</summary>
public sealed record ConversationState
{
    /// <summary>The language the user chose; null while the locale decides.</summary>
    public Language? ChosenLanguage { get; init; }

    public bool Greeted { get; init; }

    /// <summary>The dialog stack, innermost dialog last.</summary>
    public IReadOnlyList<DialogFrame> Stack { get; init => field = value ?? []; } = [];
}
