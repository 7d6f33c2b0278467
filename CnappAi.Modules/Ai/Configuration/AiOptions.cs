using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Ai.Configuration;

/// <summary>
/// The <c>Ai</c> section. No key lives here: it comes from the environment variable named by
/// <see cref="ApiKeyVariable"/> or from the encrypted settings store.
/// </summary>
internal sealed class AiOptions : IValidatableObject
{
    public const string SectionName = "Ai";

    public AiProvider Provider { get; set; } = AiProvider.None;

    /// <summary>Model name (OpenAI, compatible servers) or model behind the Azure deployment.</summary>
    [MaxLength(200)]
    public string? Model { get; set; }

    /// <summary>Base address: <c>https://x.openai.azure.com/</c>, <c>http://localhost:11434/v1</c>; empty for api.openai.com.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name; defaults to <see cref="Model"/>.</summary>
    [MaxLength(200)]
    public string? Deployment { get; set; }

    [Required]
    [RegularExpression("^[A-Za-z_][A-Za-z0-9_]*$")]
    public string ApiKeyVariable { get; set; } = "CNAPPAI_AI__APIKEY";

    [Range(0.1, 600)]
    public double TimeoutSeconds { get; set; } = 60;

    [Range(64, 32000)]
    public int MaxOutputTokens { get; set; } = 1500;

    /// <summary>Cap on the finding data put into one prompt; longer data is cut with a marker.</summary>
    [Range(1000, 200000)]
    public int MaxInputChars { get; set; } = 12000;

    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.1;

    [Required]
    public EvaluationOptions Evaluation { get; set; } = new();

    [Required]
    public EmbeddingOptions Embeddings { get; set; } = new();

    public bool ModelConfigured => Provider != AiProvider.None;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Nested sections are not walked by data-annotation validation; check them here so ValidateOnStart sees them.
        var nested = new List<ValidationResult>();
        Validator.TryValidateObject(Evaluation, new ValidationContext(Evaluation), nested, validateAllProperties: true);
        foreach (var result in nested)
        {
            yield return result;
        }

        if (Provider == AiProvider.None)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model) && (Provider != AiProvider.AzureOpenAi || string.IsNullOrWhiteSpace(Deployment)))
        {
            yield return new ValidationResult($"Ai:Model is required when Ai:Provider is {Provider}", [nameof(Model)]);
        }

        if (Provider is AiProvider.AzureOpenAi or AiProvider.OpenAiCompatible && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"Ai:Endpoint must be an absolute URL when Ai:Provider is {Provider}", [nameof(Endpoint)]);
        }
    }
}
