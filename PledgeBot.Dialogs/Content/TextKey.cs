namespace PledgeBot.Dialogs.Content;

/// <summary>The key of one piece of user-facing text in the content files.</summary>
public readonly record struct TextKey(string Value)
{
    public override string ToString() => Value;
}
