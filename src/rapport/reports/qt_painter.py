"""A matplotlib figure drawn straight through a QPainter, as vectors.

The printout used to write its chart as SVG and read it back with QSvgRenderer: the
SVG text alone cost about as much as building the figure. This renderer hands
matplotlib's paths and text to the printer's painter directly, so the PDF gets the
same vectors (and real, selectable text) without the round trip.

Only what the charts use is drawn natively: paths, marker and path collections (one
QPainterPath per shape, placed at each point) and plain text in the font matplotlib
measured with. Anything else (mathtext, hatching) falls back to matplotlib's own
conversion of text into paths.
"""

from __future__ import annotations

from typing import Any, cast

from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.path import Path
from matplotlib.transforms import Affine2D, Transform
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

_CAPS = {
    "butt": Qt.PenCapStyle.FlatCap,
    "round": Qt.PenCapStyle.RoundCap,
    "projecting": Qt.PenCapStyle.SquareCap,
}
_JOINS = {
    "miter": Qt.PenJoinStyle.MiterJoin,
    "round": Qt.PenJoinStyle.RoundJoin,
    "bevel": Qt.PenJoinStyle.BevelJoin,
}


def _qpath(path: Any, transform: Any) -> QPainterPath:
    """A matplotlib path (display units, y up) as a QPainterPath, y kept as it is."""
    out = QPainterPath()
    for vertices, code in path.iter_segments(transform, remove_nans=True, simplify=False):
        if code == Path.MOVETO:
            out.moveTo(vertices[0], vertices[1])
        elif code == Path.LINETO:
            out.lineTo(vertices[0], vertices[1])
        elif code == Path.CURVE4:
            out.cubicTo(*vertices)
        elif code == Path.CURVE3:
            out.quadTo(*vertices)
        elif code == Path.CLOSEPOLY:
            out.closeSubpath()
    return out


def _colour(rgb: Any, alpha: float | None) -> QColor:
    colour = QColor.fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]))
    if alpha is None:
        alpha = rgb[3] if len(rgb) > 3 else 1.0  # an RGB colour without alpha is opaque
    colour.setAlphaF(float(alpha))
    return colour


class QtPainterRenderer(RendererBase):
    """Draws a figure into a painter whose units are the figure's pixels at `dpi`."""

    def __init__(self, painter: QPainter, width: float, height: float, dpi: float) -> None:
        super().__init__()
        self.painter = painter
        self.width, self.height, self.dpi = width, height, dpi
        self._fonts: dict[tuple[str, float, int, bool], QFont] = {}
        self._device_dpi = float(painter.device().logicalDpiY() or 72)

    def flipy(self) -> bool:
        """Text positions come in with y pointing up, like every other position."""
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        """The figure's size in pixels."""
        return self.width, self.height

    def points_to_pixels(self, points: Any) -> Any:
        """Points (1/72 inch) as this renderer's pixels."""
        return points * self.dpi / 72.0

    def option_image_nocomposite(self) -> bool:
        """Images, if ever, one by one (the charts have none)."""
        return True

    def _begin(self, gc: GraphicsContextBase) -> None:
        painter = self.painter
        painter.save()
        clip = gc.get_clip_rectangle()
        if clip is not None:
            x0, y0, x1, y1 = clip.extents
            painter.setClipRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        path, transform = gc.get_clip_path()
        if path is not None:
            painter.setClipPath(_qpath(path, transform), Qt.ClipOperation.IntersectClip)

    def _pen(self, gc: GraphicsContextBase) -> QPen:
        width = gc.get_linewidth()
        rgb = gc.get_rgb()
        if width <= 0 or rgb is None or (len(rgb) > 3 and rgb[3] == 0):
            return QPen(Qt.PenStyle.NoPen)
        alpha = gc.get_alpha() if gc.get_forced_alpha() else None
        pen = QPen(_colour(rgb, alpha), self.points_to_pixels(width))
        pen.setCapStyle(_CAPS.get(gc.get_capstyle(), Qt.PenCapStyle.FlatCap))
        pen.setJoinStyle(_JOINS.get(gc.get_joinstyle(), Qt.PenJoinStyle.MiterJoin))
        offset, dashes = cast(Any, gc.get_dashes())
        if dashes:
            line = max(self.points_to_pixels(width), 1e-6)
            pen.setDashPattern([max(self.points_to_pixels(d) / line, 1e-3) for d in dashes])
            pen.setDashOffset(self.points_to_pixels(offset or 0) / line)
        return pen

    def _brush(self, gc: GraphicsContextBase, face: Any) -> QBrush:
        if face is None:
            return QBrush(Qt.BrushStyle.NoBrush)
        alpha = gc.get_alpha() if gc.get_forced_alpha() or len(face) <= 3 else None
        return QBrush(_colour(face, alpha))

    def draw_path(
        self, gc: GraphicsContextBase, path: Path, transform: Transform, rgbFace: Any = None
    ) -> None:
        """One path, stroked with the context's pen and filled with `rgbFace`."""
        self._begin(gc)
        self.painter.setPen(self._pen(gc))
        self.painter.setBrush(self._brush(gc, rgbFace))
        self.painter.drawPath(_qpath(path, transform))
        self.painter.restore()

    def draw_markers(
        self,
        gc: GraphicsContextBase,
        marker_path: Path,
        marker_trans: Transform,
        path: Path,
        trans: Transform,
        rgbFace: Any = None,
    ) -> None:
        """One marker shape, placed at each of the path's points (tick marks)."""
        shape = _qpath(marker_path, marker_trans)
        self._begin(gc)
        painter = self.painter
        painter.setPen(self._pen(gc))
        painter.setBrush(self._brush(gc, rgbFace))
        for vertices, _code in path.iter_segments(trans, simplify=False):
            if len(vertices):
                painter.drawPath(shape.translated(float(vertices[-2]), float(vertices[-1])))
        painter.restore()

    def draw_path_collection(
        self,
        gc: GraphicsContextBase,
        master_transform: Transform,
        paths: Any,
        all_transforms: Any,
        offsets: Any,
        offset_trans: Transform,
        facecolors: Any,
        edgecolors: Any,
        linewidths: Any,
        linestyles: Any,
        antialiaseds: Any,
        urls: Any,
        offset_position: Any,
        **kwargs: Any,
    ) -> None:
        """Each distinct shape converted once, then placed at every point that uses it."""
        shapes = [
            _qpath(path, Affine2D(transform.get_matrix()))
            for path, transform in cast(Any, self)._iter_collection_raw_paths(
                master_transform, paths, all_transforms
            )
        ]
        unstroked = len(edgecolors) == 0 or not any(linewidths)
        if len(shapes) == 1 and len(facecolors) and unstroked and gc.get_hatch() is None:
            self._dots(gc, shapes[0], offset_trans.transform(offsets), facecolors)
            return
        for x, y, shape, gc0, face in cast(Any, self)._iter_collection(
            gc,
            shapes,
            offsets,
            offset_trans,
            facecolors,
            edgecolors,
            linewidths,
            linestyles,
            antialiaseds,
            urls,
            offset_position,
            **kwargs,
        ):
            self._begin(gc0)
            self.painter.setPen(self._pen(gc0))
            self.painter.setBrush(self._brush(gc0, face))
            self.painter.drawPath(shape.translated(float(x), float(y)))
            self.painter.restore()

    def _dots(self, gc: GraphicsContextBase, shape: QPainterPath, points: Any, faces: Any) -> None:
        """One unstroked shape filled at many points (a scatter's dots), clipped once."""
        painter = self.painter
        self._begin(gc)
        painter.setPen(Qt.PenStyle.NoPen)
        brushes: dict[tuple[float, ...], QBrush] = {}
        for i, (x, y) in enumerate(points):
            if x != x or y != y:  # NaN: nothing to place
                continue
            face = faces[i % len(faces)]
            key = tuple(float(v) for v in face)
            brush = brushes.get(key)
            if brush is None:
                brush = brushes[key] = self._brush(gc, face)
            painter.setBrush(brush)
            painter.drawPath(shape.translated(float(x), float(y)))
        painter.restore()

    def _font(self, prop: Any) -> QFont:
        family = cast(Any, self._text2path)._get_font(prop).family_name
        size = float(self.points_to_pixels(prop.get_size_in_points()))
        weight = prop.get_weight()
        bold = int(weight if isinstance(weight, int) else 700 if "bold" in weight else 400)
        key = (family, size, bold, prop.get_style() != "normal")
        font = self._fonts.get(key)
        if font is None:
            font = QFont(family)
            # The painter's y axis is flipped; the text is drawn upright (see draw_text).
            font.setPointSizeF(size * 72.0 / self._device_dpi)
            font.setWeight(QFont.Weight(min(max(bold, 100), 900)))
            font.setItalic(key[3])
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(True)
            self._fonts[key] = font
        return font

    def draw_text(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        """Plain text in its own font, at matplotlib's baseline position and angle."""
        if ismath:  # mathtext: matplotlib turns it into paths itself
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        painter = self.painter
        self._begin(gc)
        painter.translate(x, y)
        painter.scale(1.0, -1.0)  # upright text in the flipped painter
        if angle:
            painter.rotate(-angle)
        painter.setFont(self._font(prop))
        alpha = gc.get_alpha() if gc.get_forced_alpha() else None
        painter.setPen(QPen(_colour(gc.get_rgb(), alpha)))
        painter.drawText(QPointF(0.0, 0.0), s)
        painter.restore()


def paint_figure(figure: Figure, painter: QPainter, box: QRectF) -> None:
    """Draw `figure` into `box` (the painter's units) at the box's own resolution."""
    width_in, height_in = figure.get_size_inches()
    if width_in <= 0 or height_in <= 0 or box.width() <= 0:
        return
    scale = min(box.width() / width_in, box.height() / height_in)
    old_dpi = figure.dpi
    figure.dpi = scale  # one figure pixel is one painter unit: fonts need no rescaling
    try:
        width, height = width_in * scale, height_in * scale
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(box.x(), box.y() + height)
        painter.scale(1.0, -1.0)  # matplotlib's y points up
        painter.setClipRect(QRectF(0, 0, width, height))
        renderer = QtPainterRenderer(painter, width, height, scale)
        figure.draw(renderer)
        painter.restore()
    finally:
        figure.dpi = old_dpi
