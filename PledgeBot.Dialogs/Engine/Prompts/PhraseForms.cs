using System.Collections.Concurrent;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>The normalised and folded forms of content phrases, computed once: every message is compared with
/// hundreds of them (commands, menu, choices), and folding allocates. Only content phrases come here, never what a
/// user typed, so the set is bounded by the content; a cap guards against content that keeps growing by reloads.</summary>
internal static class PhraseForms
{
    private const int Capacity = 100_000;

    private static readonly ConcurrentDictionary<string, (string Normalized, string Folded)> s_forms = new(StringComparer.Ordinal);

    public static (string Normalized, string Folded) Of(string phrase)
    {
        if (s_forms.TryGetValue(phrase, out var forms))
        {
            return forms;
        }

        forms = (TextFolding.Normalize(phrase), TextFolding.Fold(phrase));
        if (s_forms.Count < Capacity)
        {
            s_forms.TryAdd(phrase, forms);
        }

        return forms;
    }
}
