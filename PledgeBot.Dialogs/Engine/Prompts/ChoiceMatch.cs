namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>What a typed answer picks among the options on show: one option, several that it fits equally (the user
/// is asked which), or none.</summary>
public readonly record struct ChoiceMatch(int? Picked, IReadOnlyList<int> Candidates)
{
    public static ChoiceMatch None { get; } = new(null, []);

    /// <summary>Two or more options fit and none better than the others.</summary>
    public bool IsAmbiguous => Picked is null && Candidates.Count > 1;

    public static ChoiceMatch One(int index) => new(index, [index]);

    public static ChoiceMatch Of(IReadOnlyList<int> found) => found.Count switch
    {
        0 => None,
        1 => One(found[0]),
        _ => new ChoiceMatch(null, found),
    };
}
