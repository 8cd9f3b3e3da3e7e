# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (OCRAsideTextBlock, OCRBlockConfidenceScores, OCRCaptionBlock...)."""

from collections.abc import Mapping
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Tag

from mistralai.core.runtime import (
    UNKNOWN_TAG,
    BaseModel,
    ConstFieldsModel,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "Format",
    "OCRAsideTextBlock",
    "OCRBlockConfidenceScores",
    "OCRCaptionBlock",
    "OCRCodeBlock",
    "OCRConfidenceScore",
    "OCREquationBlock",
    "OCRFooterBlock",
    "OCRHeaderBlock",
    "OCRImageBlock",
    "OCRImageObject",
    "OCRListBlock",
    "OCRPageConfidenceScores",
    "OCRPageDimensions",
    "OCRPageObject",
    "OCRPageObjectBlock",
    "OCRReferencesBlock",
    "OCRResponse",
    "OCRSignatureBlock",
    "OCRTableBlock",
    "OCRTableObject",
    "OCRTextBlock",
    "OCRTitleBlock",
    "OCRUsageInfo",
]


class OCRBlockConfidenceScores(BaseModel):
    """Per-block confidence scores, computed per-word from model logprobs. All fields ``None`` when the block couldn't be scored. Individual fields ``None`` when that signal is absent — e.g. an image-only block has no caption, so content scores are ``None``."""

    __mistral_keep__ = frozenset()
    average_content_confidence_score: float | None = None
    """Average confidence over the block's content (caption) tokens. None when the block has no textual content (e.g. image-only entry)."""
    minimum_content_confidence_score: float | None = None
    """Minimum per-word content confidence in the block. None when the block has no textual content."""
    block_type_confidence_score: float | None = None
    """Confidence in the block type (e.g. 'text', 'title', 'table'). None when the entry had no block type or the block type span could not be located."""


class OCRAsideTextBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "aside_text"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["aside_text"] = "aside_text"


class OCRCaptionBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "caption"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["caption"] = "caption"


class OCRCodeBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "code"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["code"] = "code"


class OCRConfidenceScore(BaseModel):
    """Confidence score for a token or word in OCR output."""

    __mistral_keep__ = frozenset()
    text: str
    """The word or text segment"""
    confidence: float
    """Confidence score (0-1)"""
    start_index: int
    """Start index of the text in the page markdown string"""


class OCREquationBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "equation"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["equation"] = "equation"


class OCRFooterBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "footer"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["footer"] = "footer"


class OCRHeaderBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "header"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["header"] = "header"


class OCRImageBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["image"] = "image"
    image_id: str
    """References the corresponding entry in OCRPageObject.images"""


class OCRImageObject(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """Image ID for extracted image in a page"""
    top_left_x: int | None
    """X coordinate of top-left corner of the extracted image"""
    top_left_y: int | None
    """Y coordinate of top-left corner of the extracted image"""
    bottom_right_x: int | None
    """X coordinate of bottom-right corner of the extracted image"""
    bottom_right_y: int | None
    """Y coordinate of bottom-right corner of the extracted image"""
    image_base64: str | None = None
    """Base64 string of the extracted image"""
    image_annotation: str | None = None
    """Annotation of the extracted image in json str"""


class OCRListBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "list"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["list"] = "list"


class OCRPageConfidenceScores(BaseModel):
    """Confidence scores for an OCR page at various granularities. Note on page-level stats: - For 'page' and 'block' granularity: average/minimum are computed from per-token exp(logprob). Neither ``word_confidence_scores`` nor ``token_scores`` is populated. Per-block scores are attached to response blocks separately for 'block' granularity. - For 'word' granularity: average/minimum are computed from per-word confidence, where each word's confidence is exp(mean(token_logprobs)) — a geometric mean over the word's subword tokens. ``word_confidence_scores`` is populated. - For 'token' granularity (internal): average/minimum are computed from ``token_scores``; ``token_scores`` is populated."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"word_confidence_scores"})
    word_confidence_scores: list[OCRConfidenceScore] | None = None
    """Word-level confidence scores (populated only for 'word' granularity)"""
    average_page_confidence_score: float
    """Average confidence score for the page"""
    minimum_page_confidence_score: float
    """Minimum confidence score for the page"""


class OCRPageDimensions(BaseModel):
    __mistral_keep__ = frozenset()
    dpi: int
    """Dots per inch of the page-image"""
    height: int
    """Height of the image in pixels"""
    width: int
    """Width of the image in pixels"""


class OCRReferencesBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "references"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["references"] = "references"


class OCRSignatureBlock(ConstFieldsModel):
    """Signature region. ``content`` is the transcribed name when legible, else ``""``."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "signature"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["signature"] = "signature"


class OCRTableBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "table"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["table"] = "table"
    table_id: str | None = None
    """References the corresponding entry in OCRPageObject.tables, when tables are extracted"""


class OCRTextBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["text"] = "text"


class OCRTitleBlock(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "title"}
    __mistral_keep__ = frozenset({"type"})
    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    """Text/markdown/html content of this block"""
    confidence_scores: OCRBlockConfidenceScores | None = None
    """Confidence scores for this block. Populated when confidence_scores_granularity is set to 'block'."""
    type: Literal["title"] = "title"


OCRPageObjectBlock: TypeAlias = Annotated[
    Annotated[OCRAsideTextBlock, Tag("aside_text")]
    | Annotated[OCRCaptionBlock, Tag("caption")]
    | Annotated[OCRCodeBlock, Tag("code")]
    | Annotated[OCREquationBlock, Tag("equation")]
    | Annotated[OCRFooterBlock, Tag("footer")]
    | Annotated[OCRHeaderBlock, Tag("header")]
    | Annotated[OCRImageBlock, Tag("image")]
    | Annotated[OCRListBlock, Tag("list")]
    | Annotated[OCRReferencesBlock, Tag("references")]
    | Annotated[OCRSignatureBlock, Tag("signature")]
    | Annotated[OCRTableBlock, Tag("table")]
    | Annotated[OCRTextBlock, Tag("text")]
    | Annotated[OCRTitleBlock, Tag("title")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        frozenset(
            {
                "aside_text",
                "caption",
                "code",
                "equation",
                "footer",
                "header",
                "image",
                "list",
                "references",
                "signature",
                "table",
                "text",
                "title",
            }
        ),
    ),
]

Format: TypeAlias = Literal["markdown", "html"] | str
"""Format of the table"""


class OCRTableObject(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """Table ID for extracted table in a page"""
    content: str
    """Content of the table in the given format"""
    format: Format
    """Format of the table"""
    word_confidence_scores: list[OCRConfidenceScore] | None = None
    """Per-word confidence scores for the table content. Returned when confidence_scores_granularity is set to 'word'."""


class OCRPageObject(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"tables", "hyperlinks"})
    index: int
    """The page index in a pdf document starting from 0"""
    markdown: str
    """The markdown string response of the page"""
    images: list[OCRImageObject]
    """List of all extracted images in the page"""
    tables: list[OCRTableObject] | None = None
    """List of all extracted tables in the page"""
    hyperlinks: list[str] | None = None
    """List of all hyperlinks in the page"""
    header: str | None = None
    """Header of the page"""
    footer: str | None = None
    """Footer of the page"""
    dimensions: OCRPageDimensions | None
    """The dimensions of the PDF Page's screenshot image"""
    confidence_scores: OCRPageConfidenceScores | None = None
    """Confidence scores for the OCR page (populated when confidence_scores_granularity is set)"""
    blocks: list[OCRPageObjectBlock] | None = None
    """Paragraph-level bounding boxes for all content blocks in reading order (populated when include_blocks is True)"""


class OCRUsageInfo(BaseModel):
    __mistral_keep__ = frozenset()
    pages_processed: int
    """Number of pages processed"""
    doc_size_bytes: int | None = None
    """Document size in bytes"""


class OCRResponse(BaseModel):
    __mistral_keep__ = frozenset()
    pages: list[OCRPageObject]
    """List of OCR info for pages."""
    model: str
    """The model used to generate the OCR."""
    document_annotation: str | None = None
    """Formatted response in the request_format if provided in json str"""
    usage_info: OCRUsageInfo
    """Usage info for the OCR request."""
