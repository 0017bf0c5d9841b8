import './coverage.css';
import { memo } from 'react';
import { idDepth } from '../../asl/ids.ts';
import { own } from '../../asl/own.ts';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { anchorRoute, stopShort } from './anchorRoute.ts';
import { drawnLabelSize, edgeLabelCentre, shownLabel } from './edgeLabel.ts';
import type { TransitionFlowEdge } from './nodeData.ts';
import { useSimulationView } from '../../store/simulation.ts';
import { coverageOf, useCoverageView } from '../../store/coverage.ts';

/** Half the in handle's dot (9 px and its 1 px ring, app.css): the arrow stops where the dot begins. */
const IN_HANDLE_RADIUS = 5.5;

/** A rounded polyline through the routed points. */
function polylinePath(points: { x: number; y: number }[], radius = 8): string {
  if (points.length < 2) return '';
  let d = `M ${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const c = points[i]!;
    const n = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const a = { x: c.x + (Math.sign(p.x - c.x) * r), y: c.y + (Math.sign(p.y - c.y) * r) };
    const b = { x: c.x + (Math.sign(n.x - c.x) * r), y: c.y + (Math.sign(n.y - c.y) * r) };
    d += ` L ${a.x} ${a.y} Q ${c.x} ${c.y} ${b.x} ${b.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L ${last.x} ${last.y}`;
}

export const TransitionEdge = memo(function TransitionEdge(props: EdgeProps<TransitionFlowEdge>) {
  const { data, markerEnd, selected } = props;
  let path: string;
  let labelX: number;
  let labelY: number;
  const points = data?.points;
  if (points && points.length >= 2) {
    const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
    const route = anchorRoute(points, { x: sourceX, y: sourceY }, sourcePosition, { x: targetX, y: targetY }, targetPosition);
    path = polylinePath(stopShort(route, IN_HANDLE_RADIUS));
    const c = edgeLabelCentre(points, data?.labelPos)!;
    labelX = c.x;
    labelY = c.y;
  } else {
    [path, labelX, labelY] = getSmoothStepPath({
      sourceX: props.sourceX,
      sourceY: props.sourceY,
      targetX: props.targetX,
      targetY: props.targetY,
      sourcePosition: props.sourcePosition,
      targetPosition: props.targetPosition,
      borderRadius: 8,
    });
  }
  const kind = data?.kind ?? 'next';
  // Labels are drawn in React Flow's label layer, under every node unless lifted: inside a Map or a Parallel they
  // were washed out by the container's translucent background. At the level of their edge (React Flow lifts an
  // edge between a container's states above that container), so they are above it and below nothing else.
  const layer = idDepth(props.source);
  const taken = useSimulationView((s) => (s.active && own(s.takenEdges, props.id) === true ? (s.stale ? 'stale' : 'fresh') : undefined));
  const covered = useCoverageView((s) => coverageOf(s, props.id));
  const coverageText = covered === undefined ? '' : covered === 0 ? 'Never taken by the tests' : `Taken ${covered} time${covered === 1 ? '' : 's'} by the tests`;
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={markerEnd}
        className={`edge-${kind}${selected ? ' selected' : ''}${taken ? ' edge-taken' : ''}${taken === 'stale' ? ' edge-taken-stale' : ''}${covered === 0 ? ' edge-uncovered' : ''}`}
      />
      {covered !== undefined && (
        <EdgeLabelRenderer>
          <div
            className={`edge-coverage ${covered === 0 ? 'coverage-none' : 'coverage-some'}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY + (data?.label ? 14 : 0)}px)`, zIndex: layer }}
            data-edge-coverage={props.id}
            data-coverage-count={covered}
            title={coverageText}
            role="img"
            aria-label={coverageText}
          >
            {covered === 0 ? '0' : `×${covered}`}
          </div>
        </EdgeLabelRenderer>
      )}
      {data?.label && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, maxWidth: drawnLabelSize(data.label).width, zIndex: layer }}
            data-edge-kind={kind}
            data-edge-label={props.id}
            title={data.label}
          >
            {shownLabel(data.label)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const EDGE_TYPES = { transition: TransitionEdge };
