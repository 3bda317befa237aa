import { YOU, ruleTests } from "./ruleTable";

ruleTests("training-data-provenance", {
  "training-data-warranty": {
    fires: [
      {
        description: "all rights, licences and consents",
        text: "Provider represents and warrants that it has obtained all rights, licenses and consents necessary to use the training data used to develop the Model.",
      },
      { description: "datasets lawfully obtained", text: "Provider warrants that the datasets used to train the Model were lawfully obtained." },
      { description: "the data on which the model was trained", text: "Provider represents that it has obtained all licences needed to use the data on which the Model was trained." },
      {
        description: "warranty list split over paragraphs",
        text: ["Provider warrants that:", "(a) the data used to train the models in the Services was collected in compliance with applicable law;"],
      },
      { description: "second person", text: "We warrant that the data used to train our models was obtained lawfully.", preamble: YOU },
    ],
    quiet: [
      { description: "knowledge-qualified", text: "Provider warrants that, to its knowledge, the data used to train the Model was lawfully obtained." },
      { description: "the licensee's warranty on its own training data", text: "Customer warrants that it has all rights necessary in the training data it supplies for fine-tuning." },
      { description: "disclaimer", text: "Provider makes no warranty that the training data was lawfully obtained." },
      { description: "customer data training ban", text: "Provider shall not use Customer Data as training data." },
    ],
  },
  "knowledge-qualified-warranty": {
    fires: [
      { description: "to the best of knowledge, without the word warrant", text: "To the best of Provider's knowledge, the data used to train the Model was collected in compliance with applicable laws." },
      { description: "knowledge-qualified warranty", text: "Provider warrants that, to its knowledge, the datasets used to train the Model were lawfully obtained." },
    ],
    quiet: [{ description: "unqualified", text: "Provider warrants that the datasets used to train the Model were lawfully obtained." }],
  },
  "no-third-party-material-warranty": {
    fires: [
      { description: "model contains no third-party material", text: "Provider warrants that the Model does not contain any third-party copyrighted material." },
      { description: "free of infringing material", text: "Provider represents that the Model is free from infringing content." },
    ],
    quiet: [
      { description: "malicious code, not third-party material", text: "Provider warrants that the Model does not contain any virus or malicious code." },
      { description: "disclaimer", text: "Provider does not warrant that the Model contains no third-party material." },
    ],
  },
  "training-data-disclaimer": {
    fires: [
      { description: "upper-case disclaimer", text: "PROVIDER MAKES NO REPRESENTATION OR WARRANTY REGARDING THE DATA USED TO TRAIN THE MODEL." },
      {
        description: "output may reflect the materials of others",
        text: "Provider gives no assurance that Output will not incorporate or reflect the materials of others.",
      },
      { description: "second person", text: "We disclaim all warranties about the training data used for our models.", preamble: YOU },
      { description: "no warranty of lawful collection", text: "Provider makes no warranty that the training data was lawfully obtained." },
      { description: "upper case", text: "PROVIDER MAKES NO WARRANTY THAT THE MODEL WAS TRAINED ON LAWFULLY OBTAINED DATA." },
    ],
    quiet: [
      { description: "output non-infringement only (IP indemnity area)", text: "Provider makes no warranty that Output will not infringe third-party rights." },
      { description: "third-party websites", text: "Provider makes no warranty regarding third-party content on websites linked from the Services." },
    ],
  },
  "third-party-content-acknowledged": {
    fires: [
      { description: "trained on publicly available data", text: "The Model was trained on publicly available data, which may include copyrighted works." },
      { description: "output may reproduce copyrighted material", text: "Output may reproduce copyrighted material from the data the Model was trained on." },
      { description: "scraped from the internet", text: "The Model may have been trained on data scraped from the internet." },
    ],
    quiet: [{ description: "licensed data", text: "The Model was trained only on data licensed by Provider for that purpose." }],
  },
  "no-unlawful-training": {
    fires: [
      { description: "not knowingly trained on unlawfully obtained data", text: "Provider will not knowingly train the Model on data obtained in breach of any third party's rights." },
      { description: "not without consent", text: "Provider shall not train its models on personal information without the consent required by law." },
    ],
    quiet: [
      { description: "training on customer data (other area)", text: "Provider shall not train the Model on Customer Data without Customer's consent." },
      { description: "permission", text: "Provider may train the Model on data licensed from third parties." },
    ],
  },
  "training-sources-documented": {
    fires: [
      { description: "summary of training data", text: "Provider will provide a summary of the training data used for each Model." },
      { description: "model card describes sources", text: "The model card describes the categories and sources of data used to train the Model." },
      { description: "public summary of training content", text: "Provider shall make publicly available a detailed summary of the content used for training the Model." },
    ],
    quiet: [
      { description: "negated: not required to disclose", text: "Provider is not required to disclose the sources of the training data." },
      { description: "customer data", text: "Provider will document how Customer Data is used as training data." },
    ],
  },
  "no-training-data-disclosure": {
    fires: [
      { description: "not required to disclose", text: "Provider is not required to disclose the sources of the training data." },
      { description: "will not identify datasets", text: "Provider will not identify the datasets used to train the Model, which are its trade secrets." },
    ],
    quiet: [{ description: "disclosure promised", text: "Provider will disclose the sources of the training data on request." }],
  },
  "training-data-claims-notice": {
    fires: [{ description: "notice of claims", text: "Provider will promptly notify Customer of any claim alleging that the training data infringes third-party rights." }],
    quiet: [{ description: "notice of claims not about training data", text: "Each party will notify the other of any claim under Section 9." }],
  },
  "training-data-indemnity": {
    fires: [{ description: "defence of training data claims", text: "Provider shall defend Customer against any claim arising from the data used to train the Model." }],
    quiet: [{ description: "the licensee indemnifies for its data", text: "Customer shall indemnify Provider against claims arising from the training data Customer supplies." }],
  },
});
