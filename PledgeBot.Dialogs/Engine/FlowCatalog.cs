using System.Collections.Frozen;

namespace PledgeBot.Dialogs.Engine;

/// <summary>Every flow by id, built once at startup. A flow registered later under the same id replaces the earlier
/// one, as later service registrations do.</summary>
public sealed class FlowCatalog(IEnumerable<Flow> flows)
{
    private readonly FrozenDictionary<string, Flow> _flows = flows
        .GroupBy(flow => flow.Id, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.Last(), StringComparer.Ordinal);

    public bool TryGet(string id, out Flow flow) => _flows.TryGetValue(id, out flow!);
}
