using System.Reflection;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The trained classifier: the model is loaded once, and predictions come from a pool of engines (an ML.NET
/// engine is not thread-safe), so a prediction costs a featurisation and two dot products, never a load.</summary>
public sealed class RiskClassifier
{
    public const string ModelResource = "PledgeBot.Safety.Model/risk-model.zip";
    public const string CardResource = "PledgeBot.Safety.Model/risk-model.json";

    private readonly string[] _categories;
    private readonly int _high;
    private readonly int _concern;
    private readonly ObjectPool<PredictionEngine<RiskInput, RiskOutput>> _engines;

    public RiskClassifier(ITransformer model, RiskModelCard card)
    {
        ArgumentNullException.ThrowIfNull(model);
        Card = card ?? throw new ArgumentNullException(nameof(card));
        var ml = new MLContext(RiskModelTrainer.Seed);
        var schema = model.GetOutputSchema(RiskModelTrainer.Schema(ml));
        var risks = Classes(schema["RiskKey"]);
        _categories = Classes(schema["CategoryKey"]);
        _high = Array.IndexOf(risks, CorpusRow.High);
        _concern = Array.IndexOf(risks, CorpusRow.Concern);
        if (_high < 0 || _concern < 0)
        {
            throw new InvalidDataException("The risk model was trained without high or concern examples.");
        }

        var gate = new Lock();
        _engines = new DefaultObjectPool<PredictionEngine<RiskInput, RiskOutput>>(
            new EnginePolicy(() =>
            {
                lock (gate)
                {
                    return ml.Model.CreatePredictionEngine<RiskInput, RiskOutput>(model);
                }
            }),
            Environment.ProcessorCount * 4);
    }

    public RiskModelCard Card { get; }

    /// <summary>The model and card compiled into this assembly.</summary>
    public static RiskClassifier Shipped() => s_shipped.Value;

    private static readonly Lazy<RiskClassifier> s_shipped = new(() =>
    {
        var assembly = typeof(RiskClassifier).Assembly;
        return Load(Open(assembly, ModelResource), Open(assembly, CardResource));
    });

    public static RiskClassifier Load(Stream model, Stream card)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(card);
        var ml = new MLContext(RiskModelTrainer.Seed);
        var transformer = ml.Model.Load(model, out _);
        return new RiskClassifier(transformer, RiskModelCard.Read(card));
    }

    public RiskScores Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = RiskInput.From(text);
        var engine = _engines.Get();
        try
        {
            var output = engine.Predict(input);
            var high = output.RiskScore[_high];
            var category = CorpusRow.None;
            var best = float.MinValue;
            var topic = 0f;
            var plain = 0f;
            for (var i = 0; i < _categories.Length; i++)
            {
                if (_categories[i] == CorpusRow.None)
                {
                    plain = output.CategoryScore[i];
                    continue;
                }

                topic += output.CategoryScore[i];
                if (output.CategoryScore[i] > best)
                {
                    (best, category) = (output.CategoryScore[i], _categories[i]);
                }
            }

            return new RiskScores(high, high + output.RiskScore[_concern], category, topic > 0 ? best / topic : 0, plain);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>The risk the card's thresholds give these scores.</summary>
    public RiskLevel Risk(RiskScores scores) => Card.Decide(scores);

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"The assembly has no resource {name}.");

    // The score slots follow the label keys, which hold the class names in slot order.
    private static string[] Classes(DataViewSchema.Column key)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        key.GetKeyValues(ref names);
        return names.DenseValues().Select(name => name.ToString()).ToArray();
    }

    private sealed class EnginePolicy(Func<PredictionEngine<RiskInput, RiskOutput>> create) : IPooledObjectPolicy<PredictionEngine<RiskInput, RiskOutput>>
    {
        public PredictionEngine<RiskInput, RiskOutput> Create() => create();

        public bool Return(PredictionEngine<RiskInput, RiskOutput> obj) => true;
    }
}
