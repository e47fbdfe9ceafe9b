<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="154"/>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="159"/>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="173"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="180"/>
        <source>Joint — shared with the other delegation</source>
        <translation>Conjunta — compartida con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="180"/>
        <source>Internal — our own to-do</source>
        <translation>Interna — tarea propia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="186"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="187"/>
        <source>Assigned to:</source>
        <translation>Asignada a:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="189"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="190"/>
        <source>Under commitment:</source>
        <translation>En virtud del compromiso:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="191"/>
        <source>Audience:</source>
        <translation>Difusión:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Audience</source>
        <translation>Difusión</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Audience</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="98"/>
        <source> — overdue</source>
        <translation> — vencido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="102"/>
        <source>Joint</source>
        <translation>Conjunta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="102"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>All open</source>
        <translation>Todas las pendientes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>Mine</source>
        <translation>Las mías</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>Due this month</source>
        <translation>Vencen este mes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="233"/>
        <source>Show done and cancelled</source>
        <translation>Mostrar hechas y canceladas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="245"/>
        <source>Add Action…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="248"/>
        <source>Mark Done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="252"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="278"/>
        <source>assigned to {name}</source>
        <translation>asignadas a {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="280"/>
        <source>assigned to {name} — say who you are in Tools › Preferences</source>
        <translation>asignadas a {name} — indique quién es usted en Herramientas › Preferencias</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="306"/>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="343"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="326"/>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="249"/>
        <source>Add Item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="250"/>
        <source>Add Sub-item</source>
        <translation>Añadir subpunto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="251"/>
        <source>Add Break</source>
        <translation>Añadir pausa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="252"/>
        <source>Add Lunch</source>
        <translation>Añadir almuerzo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="253"/>
        <source>Add Day</source>
        <translation>Añadir jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="254"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="255"/>
        <source>Open Commitment</source>
        <translation>Abrir compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="256"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="257"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="258"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="259"/>
        <source>Indent</source>
        <translation>Aumentar sangría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="260"/>
        <source>Outdent</source>
        <translation>Reducir sangría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="335"/>
        <source>Reviews a commitment: Enter or a double click opens it.</source>
        <translation>Examina un compromiso: Intro o un doble clic lo abre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="337"/>
        <source>Internal notes: {text}</source>
        <translation>Notas internas: {text}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="373"/>
        <source>{n} items · {start} – {end}</source>
        <translation>{n} puntos · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="368"/>
        <source>No items yet: Add Item (Ctrl+Shift+N).</source>
        <translation>Aún no hay puntos: Añadir punto (Ctrl+Mayús+N).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="374"/>
        <source>{n} items over {days} days · ends {end}</source>
        <translation>{n} puntos en {days} días · termina el {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="377"/>
        <source>the session lasts {n} day(s): change its dates or remove a day</source>
        <translation>la sesión dura {n} día(s): cambie sus fechas o quite una jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="399"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="415"/>
        <source>A break, a lunch or a day heading cannot hold sub-items: select an agenda item first.</source>
        <translation>Una pausa, un almuerzo o un encabezado de jornada no puede tener subpuntos: seleccione primero un punto del orden del día.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="420"/>
        <source>New agenda item</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="428"/>
        <source>Add agenda item</source>
        <translation>Añadir punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="444"/>
        <source>Add break</source>
        <translation>Añadir pausa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="444"/>
        <source>Add lunch</source>
        <translation>Añadir almuerzo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="444"/>
        <source>Add day</source>
        <translation>Añadir jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="473"/>
        <source>Edit agenda item</source>
        <translation>Editar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="484"/>
        <source>Delete agenda item</source>
        <translation>Eliminar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="496"/>
        <source>Move agenda item</source>
        <translation>Mover punto del orden del día</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="55"/>
        <source>Amend agreed minutes</source>
        <translation>Enmendar un acta aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="59"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="60"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>New wording:</source>
        <translation>Nueva redacción:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="78"/>
        <source>Amend</source>
        <translation>Enmendar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="87"/>
        <source>Reason: say why the agreed minutes are amended.</source>
        <translation>Motivo: indique por qué se enmienda el acta aprobada.</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="511"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="511"/>
        <source>Commitment {ref}</source>
        <translation>Compromiso {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="515"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="522"/>
        <source>Text [{lang}]:</source>
        <translation>Texto [{lang}]:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="525"/>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="528"/>
        <source>All parties jointly</source>
        <translation>Todas las partes conjuntamente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="531"/>
        <source>Responsible party:</source>
        <translation>Parte responsable:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="534"/>
        <source>Lead institution:</source>
        <translation>Institución responsable:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="537"/>
        <location filename="../../consult_app/ui/register.py" line="544"/>
        <location filename="../../consult_app/ui/register.py" line="562"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="541"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="546"/>
        <source>{nth} session ({date})</source>
        <translation>{nth} sesión ({date})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="548"/>
        <source>Made at:</source>
        <translation>Adoptado en:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="549"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="567"/>
        <source>Counterpart (quid pro quo):</source>
        <translation>Contrapartida (quid pro quo):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="568"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interno — solo nuestro, nunca se imprime para la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="585"/>
        <source>Responsible party: choose a party, or all parties jointly.</source>
        <translation>Parte responsable: elija una parte, o todas las partes conjuntamente.</translation>
    </message>
</context>
<context>
    <name>CreatingCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="22"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="22"/>
        <location filename="../../consult_app/ui/commands/creating.py" line="43"/>
        <source>Select a dialogue first.</source>
        <translation>Seleccione primero un diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="43"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="74"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="74"/>
        <source>As of {date}.</source>
        <translation>A {date}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Due this month</source>
        <translation>Vencen este mes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Actions overdue</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="108"/>
        <source>This workspace has no dialogues yet. Import one with File › Import Interchange JSON.</source>
        <translation>Este espacio de trabajo aún no tiene diálogos. Importe uno con Archivo › Importar JSON de intercambio.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="110"/>
        <source>Commitments across dialogues</source>
        <translation>Los compromisos de todos los diálogos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="120"/>
        <source>no status yet</source>
        <translation>sin estado todavía</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="124"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="134"/>
        <source>overdue since {date} (status: {status})</source>
        <translation>vencido desde el {date} (estado: {status})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="137"/>
        <source>… and {n} more overdue: open the register</source>
        <translation>… y {n} más vencidos: abrir el registro</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="143"/>
        <source>{status} since {date}</source>
        <translation>{status} desde el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="145"/>
        <source>… and {n} more at risk: open the register</source>
        <translation>… y {n} más en riesgo: abrir el registro</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="148"/>
        <source>overdue since {date}</source>
        <translation>vencida desde el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="150"/>
        <source>… and {n} more actions overdue: open the follow-up</source>
        <translation>… y {n} acciones vencidas más: abrir el seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="154"/>
        <source>Nothing is overdue or at risk in any dialogue.</source>
        <translation>Nada está vencido ni en riesgo en ningún diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="161"/>
        <source>Action: {description}</source>
        <translation>Acción: {description}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="167"/>
        <source>Due this month ({month})</source>
        <translation>Vencimientos del mes ({month})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="174"/>
        <location filename="../../consult_app/ui/dashboard.py" line="176"/>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="179"/>
        <source>Nothing falls due this month.</source>
        <translation>Nada vence este mes.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="186"/>
        <source>in {n} days</source>
        <translation>dentro de {n} días</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="188"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="190"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="192"/>
        <source>under way: day {n} of {total}</source>
        <translation>en curso: día {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="198"/>
        <source>Next sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="201"/>
        <source>No session is planned: Dialogue › New Session prepares the next one.</source>
        <translation>No hay ninguna sesión prevista: Diálogo › Nueva sesión prepara la próxima.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="205"/>
        <source>{nth} session of {code}</source>
        <translation>{nth} sesión — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="208"/>
        <source>{n} of 4 steps done</source>
        <translation>{n} de 4 pasos hechos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="211"/>
        <source>Agenda agreed</source>
        <translation>Orden del día acordado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="211"/>
        <source>Agenda not agreed yet (state: {state})</source>
        <translation>Orden del día aún no acordado (estado: {state})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="213"/>
        <source>Delegations confirmed ({n} of {total})</source>
        <translation>Delegaciones confirmadas ({n} de {total})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="214"/>
        <source>Delegations: {n} of {total} confirmed</source>
        <translation>Delegaciones: {n} de {total} confirmados</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="214"/>
        <source>No delegation yet: copy it from the previous session</source>
        <translation>Aún no hay delegación: cópiela de la sesión anterior</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="215"/>
        <source>Brief printed {when}</source>
        <translation>Nota ministerial impresa el {when}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="215"/>
        <source>Brief not printed yet</source>
        <translation>Nota ministerial aún no impresa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="216"/>
        <source>Minutes circulated</source>
        <translation>Acta enviada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="216"/>
        <source>Minutes not circulated yet</source>
        <translation>Acta aún no enviada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="219"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="219"/>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="48"/>
        <source>Joint Minutes</source>
        <translation>Acta conjunta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="48"/>
        <source>Progress Tracker</source>
        <translation>Cuadro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="48"/>
        <source>Ministerial Brief</source>
        <translation>Nota ministerial</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="54"/>
        <source>All dialogues</source>
        <translation>Todos los diálogos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="57"/>
        <source>Dialogue:</source>
        <translation>Diálogo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="71"/>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="73"/>
        <location filename="../../consult_app/ui/documents.py" line="83"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="75"/>
        <source>As of:</source>
        <translation>A fecha de:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="76"/>
        <source>Audience:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="79"/>
        <source>The dialogue&apos;s language</source>
        <translation>El idioma del diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="68"/>
        <source>Joint edition (for the other delegation)</source>
        <translation>Edición conjunta (para la otra delegación)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="69"/>
        <source>Internal edition (everything; not for the other delegation)</source>
        <translation>Edición interna (todo; no comunicar a la otra delegación)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="86"/>
        <source>the dialogue&apos;s own marking</source>
        <translation>la clasificación propia del diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="88"/>
        <source>Marking:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="91"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="112"/>
        <source>{nth} session — {date}</source>
        <translation>{nth} sesión — {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="118"/>
        <source>{a} and {b}, side by side</source>
        <translation>{a} y {b}, en paralelo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="128"/>
        <source>Choose a session: this dialogue has none yet.</source>
        <translation>Elija una sesión: este diálogo aún no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="14"/>
        <source>Send changes</source>
        <translation>Enviar cambios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="14"/>
        <source>Change packets (*.packet)</source>
        <translation>Paquetes de cambios (*.packet)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="22"/>
        <source>Wrote packet {n} ({c} change(s)) to {path}.</source>
        <translation>Paquete {n} ({c} cambio(s)) escrito en {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="27"/>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <source>Receive changes</source>
        <translation>Recibir cambios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="27"/>
        <source>Change packets (*.packet);;All files (*)</source>
        <translation>Paquetes de cambios (*.packet);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="39"/>
        <source>Changes from {name} imported.</source>
        <translation>Cambios de {name} importados.</translation>
    </message>
</context>
<context>
    <name>ExchangePartnersDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="164"/>
        <source>Exchange Partners</source>
        <translation>Socios de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Packets sent / received</source>
        <translation>Paquetes enviados / recibidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Safety number</source>
        <translation>Número de seguridad</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="180"/>
        <source>Read the safety numbers to the person at the other end by telephone: their Exchange Partners shows the same two numbers. If they differ, do not exchange packets and make a new field copy.</source>
        <translation>Lea los números de seguridad por teléfono a la persona al otro lado: sus Socios de intercambio muestran los mismos dos números. Si difieren, no intercambie paquetes y haga una nueva copia de campo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="189"/>
        <source>Rotate My Keys…</source>
        <translation>Renovar mis claves…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="192"/>
        <source>Forget Partner…</source>
        <translation>Olvidar al socio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="203"/>
        <source>This workspace ({name}): safety number {number}</source>
        <translation>Este espacio de trabajo ({name}): número de seguridad {number}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="207"/>
        <source>field copy</source>
        <translation>copia de campo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="207"/>
        <source>secretariat</source>
        <translation>secretaría</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="207"/>
        <source>paired before packets were signed</source>
        <translation>asociado antes de que los paquetes se firmaran</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="209"/>
        <source>{kind} of {dialogue}</source>
        <translation>{kind} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="210"/>
        <source>no key: make a new field copy</source>
        <translation>sin clave: haga una nueva copia de campo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="220"/>
        <source>Rotate My Keys</source>
        <translation>Renovar mis claves</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="221"/>
        <source>Make new keys for this workspace? Partners learn them from the next packet you send each one; read them the new safety number. Rotate again only after each partner has received a packet.</source>
        <translation>¿Crear claves nuevas para este espacio de trabajo? Los socios las conocen por el próximo paquete que envíe a cada uno; léales el nuevo número de seguridad. No vuelva a renovarlas hasta que cada socio haya recibido un paquete.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="229"/>
        <source>Choose the partner to forget in the list.</source>
        <translation>Elija en la lista el socio que desea olvidar.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="232"/>
        <source>Forget Partner</source>
        <translation>Olvidar al socio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="233"/>
        <source>Forget {name}? Its packets will be refused from now on (use this for a lost or retired field copy); to exchange with it again, make a new field copy.</source>
        <translation>¿Olvidar a {name}? Sus paquetes se rechazarán a partir de ahora (para una copia de campo perdida o retirada); para volver a intercambiar con él, haga una nueva copia de campo.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="21"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="21"/>
        <location filename="../../consult_app/ui/commands/files.py" line="54"/>
        <source>Consult workspaces (*.consult)</source>
        <translation>Espacios de trabajo de Consult (*.consult)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="31"/>
        <source>Cannot create workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="37"/>
        <source>Open workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="37"/>
        <source>Consult workspaces (*.consult);;All files (*)</source>
        <translation>Espacios de trabajo de Consult (*.consult);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="47"/>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="54"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="64"/>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="66"/>
        <source>Copy saved to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="88"/>
        <source>Encrypting {name}</source>
        <translation>Cifrando {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="98"/>
        <source>Passphrase not remembered</source>
        <translation>Frase de contraseña no recordada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="101"/>
        <source>Cannot encrypt</source>
        <translation>No se puede cifrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="125"/>
        <source>Import interchange JSON</source>
        <translation>Importar JSON de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="125"/>
        <location filename="../../consult_app/ui/commands/files.py" line="148"/>
        <source>Interchange JSON (*.json)</source>
        <translation>JSON de intercambio (*.json)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="135"/>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="141"/>
        <location filename="../../consult_app/ui/commands/files.py" line="145"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="143"/>
        <source>Imported {codes}.</source>
        <translation>{codes} importado(s).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="148"/>
        <source>Export interchange JSON</source>
        <translation>Exportar JSON de intercambio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="155"/>
        <location filename="../../consult_app/ui/commands/files.py" line="172"/>
        <location filename="../../consult_app/ui/commands/files.py" line="182"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="172"/>
        <source>Select a session first: a Word export is the draft minutes of one session.</source>
        <translation>Seleccione primero una sesión: una exportación a Word es el borrador del acta de una sesión.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="184"/>
        <source>Exporting to {name}</source>
        <translation>Exportando a {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="185"/>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="185"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="379"/>
        <source>No measurements yet.</source>
        <translation>Aún no hay mediciones.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="392"/>
        <source>target {value}</source>
        <translation>meta {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Audience</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="456"/>
        <source>Add Measurement…</source>
        <translation>Añadir medición…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="501"/>
        <source>Joint</source>
        <translation>Conjunta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="501"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="523"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="63"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="65"/>
        <source>Joint — shared with the counterpart</source>
        <translation>Conjunto — compartido con la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="72"/>
        <source>Title [{lang}]:</source>
        <translation>Título [{lang}]:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="79"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="82"/>
        <location filename="../../consult_app/ui/agenda.py" line="89"/>
        <location filename="../../consult_app/ui/agenda.py" line="97"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="86"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="93"/>
        <source>Lead party:</source>
        <translation>Parte responsable:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="101"/>
        <source>Presenter:</source>
        <translation>Ponente:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="107"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="113"/>
        <source>Day starts at:</source>
        <translation>La jornada empieza a las:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="122"/>
        <source>(a commitment no longer in the register)</source>
        <translation>(un compromiso que ya no está en el registro)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="123"/>
        <source>Reviews:</source>
        <translation>Examina:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="124"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interno — solo nuestro, nunca se imprime para la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="133"/>
        <source>Objective:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="133"/>
        <source>Background:</source>
        <translation>Antecedentes:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="134"/>
        <source>Lines to take:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="134"/>
        <source>They will ask:</source>
        <translation>Peticiones previstas:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="135"/>
        <source>Red lines:</source>
        <translation>Líneas rojas:</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="15"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="16"/>
        <source>Agenda agreed</source>
        <translation>Orden del día acordado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="17"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="18"/>
        <source>Minutes agreed</source>
        <translation>Acta aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="21"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="22"/>
        <source>Circulated to the counterpart</source>
        <translation>Enviada a la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="23"/>
        <source>Agreed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="26"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="27"/>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="28"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="29"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="30"/>
        <source>Review of commitments</source>
        <translation>Revisión de los compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="31"/>
        <source>Any other business</source>
        <translation>Asuntos varios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="32"/>
        <source>Closing</source>
        <translation>Clausura</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="33"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="34"/>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="35"/>
        <source>Day</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="38"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="39"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="40"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="41"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="45"/>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="46"/>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="47"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="48"/>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="49"/>
        <source>Completed</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="50"/>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="51"/>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="52"/>
        <source>Substantial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="53"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="118"/>
        <source>Day {n} — {date}</source>
        <translation>Día {n} — {date}</translation>
    </message>
</context>
<context>
    <name>LogStatusDialog</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="233"/>
        <source>Log status — {ref}</source>
        <translation>Registrar estado — {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="253"/>
        <source>Share the note and evidence with the other delegation</source>
        <translation>Compartir la nota y la prueba con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="258"/>
        <source>This commitment is internal: nothing about it is shared.</source>
        <translation>Este compromiso es interno: no se comparte nada sobre él.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="260"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="261"/>
        <source>Effective date:</source>
        <translation>Fecha efectiva:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="262"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="263"/>
        <source>Evidence:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="266"/>
        <source>Log status</source>
        <translation>Registrar estado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="80"/>
        <source>Dialogues and sessions</source>
        <translation>Diálogos y sesiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="90"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="111"/>
        <source>Consult — {name}</source>
        <translation>Consult — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="112"/>
        <location filename="../../consult_app/ui/main_window.py" line="130"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="113"/>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="113"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Proteger con una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="131"/>
        <source>Damaged workspace</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="257"/>
        <source>{nth} session — {dates}, {venue}</source>
        <translation>{nth} sesión — {dates}, {venue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="245"/>
        <source>&lt;p&gt;This workspace has no dialogues yet. Import one with File › Import Interchange JSON.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este espacio de trabajo aún no tiene diálogos. Importe uno con Archivo › Importar JSON de intercambio.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="408"/>
        <source>Add measurement</source>
        <translation>Añadir medición</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="420"/>
        <source>Share the value and its source with the other delegation</source>
        <translation>Compartir el valor y su fuente con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="423"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="424"/>
        <source>Value ({unit}):</source>
        <translation>Valor ({unit}):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="425"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="119"/>
        <source>Add delegate</source>
        <translation>Añadir delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="140"/>
        <source>Head of delegation (co-chair)</source>
        <translation>Jefe de delegación (copresidente)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="142"/>
        <source>Attendance confirmed</source>
        <translation>Asistencia confirmada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Function:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Organisation:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="43"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="44"/>
        <source>&amp;Dialogue</source>
        <translation>&amp;Diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="45"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocumentos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="46"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="47"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="47"/>
        <source>&amp;About Consult</source>
        <translation>&amp;Acerca de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="51"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="52"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="53"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="54"/>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="55"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Proteger con una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="57"/>
        <source>Send C&amp;hanges…</source>
        <translation>Enviar &amp;cambios…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="58"/>
        <source>Recei&amp;ve Changes…</source>
        <translation>Reci&amp;bir cambios…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="59"/>
        <source>Exchange &amp;Partners…</source>
        <translation>Socios de in&amp;tercambio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="61"/>
        <source>&amp;Import Interchange JSON…</source>
        <translation>&amp;Importar JSON de intercambio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="62"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="68"/>
        <source>Interchange &amp;JSON…</source>
        <translation>&amp;JSON de intercambio…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="69"/>
        <source>Register as &amp;CSV…</source>
        <translation>Registro en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="70"/>
        <source>&amp;Actions as CSV…</source>
        <translation>&amp;Acciones en CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="71"/>
        <source>E&amp;xcel Workbook…</source>
        <translation>Libro de E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="72"/>
        <source>Draft Minutes for &amp;Word…</source>
        <translation>Borrador de acta para &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="73"/>
        <source>Ca&amp;lendar (iCalendar)…</source>
        <translation>Ca&amp;lendario (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="76"/>
        <source>I&amp;nternal Edition (Not for the Other Delegation)</source>
        <translation>Edición i&amp;nterna (no comunicar a la otra delegación)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="83"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="88"/>
        <source>&amp;Search Workspace…</source>
        <translation>&amp;Buscar en el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="92"/>
        <source>New &amp;Dialogue…</source>
        <translation>Nuevo &amp;diálogo…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="93"/>
        <source>New &amp;Session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="94"/>
        <source>New &amp;Commitment…</source>
        <translation>Nuevo &amp;compromiso…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="95"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Registrar estado…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="97"/>
        <source>&amp;Missing Translations…</source>
        <translation>&amp;Traducciones que faltan…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="102"/>
        <source>Joint &amp;Minutes…</source>
        <translation>&amp;Acta conjunta…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="103"/>
        <source>Progress &amp;Tracker…</source>
        <translation>&amp;Cuadro de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="104"/>
        <source>Ministerial &amp;Brief…</source>
        <translation>&amp;Nota ministerial…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="110"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="111"/>
        <source>&amp;People Directory…</source>
        <translation>&amp;Directorio de personas…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="113"/>
        <source>&amp;Check Workspace</source>
        <translation>&amp;Verificar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="114"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="115"/>
        <source>Take a &amp;Snapshot Now</source>
        <translation>Tomar una &amp;instantánea ahora</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="117"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="102"/>
        <source>Amend…</source>
        <translation>Enmendar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="105"/>
        <source>Add Follow-up Action…</source>
        <translation>Añadir una acción de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="107"/>
        <source>An action recorded in the minutes is joint: shared with the other delegation.</source>
        <translation>Una acción consignada en el acta es conjunta: compartida con la otra delegación.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="113"/>
        <location filename="../../consult_app/ui/minutes.py" line="173"/>
        <source>Joint record — shared with the counterpart</source>
        <translation>Registro conjunto — compartido con la contraparte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="115"/>
        <source>Our notes — internal</source>
        <translation>Nuestras notas — internas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="140"/>
        <source>Minutes:</source>
        <translation>Acta:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="148"/>
        <source>&lt;b&gt;Amendments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enmiendas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="173"/>
        <source>Joint record — agreed, read-only: use Amend… to change it</source>
        <translation>Registro conjunto — aprobado, solo lectura: use Enmendar… para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="194"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="194"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="224"/>
        <source>No amendments.</source>
        <translation>Ninguna enmienda.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="230"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="263"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="279"/>
        <source>Change minutes state</source>
        <translation>Cambiar el estado del acta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="283"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
</context>
<context>
    <name>NavigationCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="116"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="116"/>
        <source>This is no longer in the workspace.</source>
        <translation>Esto ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="161"/>
        <source>Missing translations</source>
        <translation>Traducciones que faltan</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="161"/>
        <source>Select a dialogue first.</source>
        <translation>Seleccione primero un diálogo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="165"/>
        <source>Missing translations — {code}</source>
        <translation>Traducciones que faltan — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Dialogue name</source>
        <translation>Nombre del diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>conclusions</source>
        <translation>conclusiones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="169"/>
        <source>{n} joint text(s) lack a working language.</source>
        <translation>{n} texto(s) conjunto(s) sin uno de los idiomas de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="169"/>
        <source>Every joint text is in every working language.</source>
        <translation>Cada texto conjunto está en cada idioma de trabajo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="173"/>
        <source>{kind} {label} — {field}: missing in [{lang}]</source>
        <translation>{kind} {label} — {field}: falta en [{lang}]</translation>
    </message>
</context>
<context>
    <name>NewDialogueDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="418"/>
        <source>New dialogue</source>
        <translation>Nuevo diálogo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="430"/>
        <source>One party a line, code then name; ours first:
FR France
ML Mali</source>
        <translation>Una parte por línea, código y nombre; la nuestra primero:
MX México
US Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="434"/>
        <source>Standing themes, one a line, code then title:
FLUX Co-management of migration flows</source>
        <translation>Temas permanentes, uno por línea, código y título:
FLUJOS Cogestión de los flujos migratorios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Working languages:</source>
        <translation>Idiomas de trabajo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Name (first language):</source>
        <translation>Nombre (primer idioma):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Parties:</source>
        <translation>Partes:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Standing themes:</source>
        <translation>Temas permanentes:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Classification:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="463"/>
        <source>Working languages: use language codes separated by commas, for example fr, en.</source>
        <translation>Idiomas de trabajo: use códigos de idioma separados por comas, por ejemplo es, en.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="403"/>
        <source>New session — {nth}</source>
        <translation>Nueva sesión — {nth}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="38"/>
        <source> (home)</source>
        <translation> (nosotros)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="40"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="41"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="42"/>
        <source>Cadence</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="43"/>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="44"/>
        <source>Founding instrument</source>
        <translation>Instrumento fundacional</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="45"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="46"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Co-chairs</source>
        <translation>Copresidentes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="51"/>
        <source>Standing themes</source>
        <translation>Temas permanentes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="51"/>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="83"/>
        <source>{nth} session of the {name}</source>
        <translation>{nth} sesión — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="84"/>
        <source>host: {name}</source>
        <translation>anfitrión: {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="85"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>Estado: {state} · acta: {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="86"/>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="101"/>
        <source>attendance to confirm</source>
        <translation>asistencia por confirmar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="115"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="167"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="168"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="171"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="174"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="179"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="183"/>
        <source>Save document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="183"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="191"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="193"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="207"/>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="207"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>PeopleDirectory</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="147"/>
        <source>People directory</source>
        <translation>Directorio de personas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="150"/>
        <source>Find by name, party, function or organisation — accents and case do not matter</source>
        <translation>Buscar por nombre, parte, función u organismo — sin importar acentos ni mayúsculas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="152"/>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="156"/>
        <source>People of every party</source>
        <translation>Las personas de todas las partes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Organisation</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>E-mail (internal)</source>
        <translation>Correo (interno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Phone (internal)</source>
        <translation>Teléfono (interno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="169"/>
        <source>Add Person…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="172"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="175"/>
        <source>Remove from Directory</source>
        <translation>Quitar del directorio</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="178"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="244"/>
        <source>{n} of {total} people</source>
        <translation>{n} de {total} personas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="274"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="292"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="302"/>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="78"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="78"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="92"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="92"/>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="93"/>
        <source>Function:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="93"/>
        <source>Organisation:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="97"/>
        <source>Contact details — internal, never printed for the other delegation</source>
        <translation>Datos de contacto — internos, nunca impresos para la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="107"/>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="109"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="312"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="323"/>
        <source>as it should appear as the author of a status</source>
        <translation>tal como debe aparecer como autor de un estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="329"/>
        <source>Who uses Consult on this computer: the author of the statuses you record, and whose actions the Follow-up view shows under &quot;Mine&quot;.</source>
        <translation>Quién usa Consult en este ordenador: el autor de los estados que registra, y la persona cuyas acciones muestra la vista Seguimiento en «Mías».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="332"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="334"/>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="336"/>
        <source>Function:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="370"/>
        <source>Cannot save your preferences: {reason}.</source>
        <translation>No se pueden guardar sus preferencias: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="74"/>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="74"/>
        <source>Protect with a Passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="77"/>
        <source>{name} and its snapshots will be encrypted with this passphrase; Consult asks for it each time it opens the file.</source>
        <translation>{name} y sus instantáneas se cifrarán con esta frase de contraseña; Consult la pedirá cada vez que abra el archivo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="81"/>
        <source>New passphrase (at least 8 characters; several words are best):</source>
        <translation>Nueva frase de contraseña (al menos 8 caracteres; mejor varias palabras):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="84"/>
        <source>The same again:</source>
        <translation>Otra vez la misma:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="92"/>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="97"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="102"/>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Una frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
</context>
<context>
    <name>ReceiveChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="76"/>
        <source>Receive Changes — {name}</source>
        <translation>Recibir cambios — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Ours</source>
        <translation>La nuestra</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="89"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="113"/>
        <source>Keep ours</source>
        <translation>Mantener la nuestra</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="115"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="116"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="152"/>
        <source>Some conflicts are still undecided; nothing was written.</source>
        <translation>Quedan conflictos sin decidir; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Counterpart</source>
        <translation>Contrapartida</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="120"/>
        <source>Jointly</source>
        <translation>Conjuntamente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="140"/>
        <source>[internal] </source>
        <translation>[interno] </translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="150"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="151"/>
        <source> — overdue</source>
        <translation> — vencido</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="309"/>
        <source>Search the register (Ctrl+F)</source>
        <translation>Buscar en el registro (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="320"/>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Made at</source>
        <translation>Adoptado en</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="362"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Registrar estado…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="375"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="389"/>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="393"/>
        <source>Jointly</source>
        <translation>Conjuntamente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="399"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="455"/>
        <source>Internal: never printed for the counterpart.</source>
        <translation>Interno: nunca se imprime para la contraparte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="459"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="464"/>
        <source>made at the {nth} session</source>
        <translation>adoptado en la {nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="467"/>
        <source>reaffirmed at the {nth}</source>
        <translation>reafirmado en la {nth}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="468"/>
        <source>supersedes</source>
        <translation>sustituye a</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="468"/>
        <source>counterpart</source>
        <translation>contrapartida</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="475"/>
        <source>Lineage</source>
        <translation>Filiación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="485"/>
        <source>Status timeline</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="487"/>
        <source>note shared with the other delegation</source>
        <translation>nota compartida con la otra delegación</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="487"/>
        <source>note internal</source>
        <translation>nota interna</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="27"/>
        <source>Search the workspace</source>
        <translation>Buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="30"/>
        <source>Words to find — accents and case do not matter</source>
        <translation>Palabras que buscar — sin importar tildes ni mayúsculas</translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="42"/>
        <source>Send Changes</source>
        <translation>Enviar cambios</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="47"/>
        <source>{name} (sent so far: {n})</source>
        <translation>{name} (enviados hasta ahora: {n})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="48"/>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="49"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="52"/>
        <source>Write Packet</source>
        <translation>Escribir el paquete</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="55"/>
        <source>This workspace has no exchange partner yet: make a field copy first (consult-app field-copy).</source>
        <translation>Este espacio de trabajo aún no tiene socio de intercambio: haga primero una copia de campo (consult-app field-copy).</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="55"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="55"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="67"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="76"/>
        <source>Starts on:</source>
        <translation>Empieza el:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="78"/>
        <source>Ends on:</source>
        <translation>Termina el:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="80"/>
        <source>First item at:</source>
        <translation>Primer punto a las:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="81"/>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="83"/>
        <source>Host:</source>
        <translation>Anfitrión:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="85"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Organisation</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="200"/>
        <source>Edit Session…</source>
        <translation>Editar la sesión…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="203"/>
        <source>Add Delegate…</source>
        <translation>Añadir delegado…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="206"/>
        <source>Remove Delegate</source>
        <translation>Quitar delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="209"/>
        <location filename="../../consult_app/ui/session.py" line="282"/>
        <source>Copy Delegations</source>
        <translation>Copiar delegaciones</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="212"/>
        <location filename="../../consult_app/ui/session.py" line="296"/>
        <source>Confirm Attendance</source>
        <translation>Confirmar asistencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="225"/>
        <source>&lt;b&gt;Delegations&lt;/b&gt; (heads of delegation first)</source>
        <translation>&lt;b&gt;Delegaciones&lt;/b&gt; (jefes de delegación primero)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="245"/>
        <source>{nth} session</source>
        <translation>{nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="246"/>
        <source>{dates}, from {time}</source>
        <translation>{dates}, a partir de las {time}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="247"/>
        <source>venue to be decided</source>
        <translation>lugar por decidir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="248"/>
        <source>host: {name}</source>
        <translation>anfitrión: {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="249"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>Estado: {state} · acta: {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="277"/>
        <source>Attendance confirmed: {n} of {total}</source>
        <translation>Asistencia confirmada: {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="280"/>
        <source>Copy Delegations from the {nth} Session</source>
        <translation>Copiar delegaciones de la {nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="288"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="288"/>
        <source>to confirm</source>
        <translation>por confirmar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="296"/>
        <source>Attendance Not Confirmed</source>
        <translation>Asistencia no confirmada</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="303"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="317"/>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="345"/>
        <source>Add delegate</source>
        <translation>Añadir delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="352"/>
        <source>Remove delegate</source>
        <translation>Quitar delegado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="367"/>
        <source>Copy delegations from the {nth} session</source>
        <translation>Copiar delegaciones de la {nth} sesión</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Confirm attendance</source>
        <translation>Confirmar asistencia</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Attendance not confirmed</source>
        <translation>Asistencia no confirmada</translation>
    </message>
</context>
<context>
    <name>ToolsCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="33"/>
        <source>The workspace is healthy: SQLite&apos;s integrity and foreign-key checks and Consult&apos;s own checks found nothing.</source>
        <translation>El espacio de trabajo está sano: las comprobaciones de integridad y de claves foráneas de SQLite y las de Consult no encontraron nada.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="35"/>
        <source>{n} problem(s) found:</source>
        <translation>{n} problema(s) encontrado(s):</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="36"/>
        <source>consult-app check --repair mends what it can, after taking a snapshot.</source>
        <translation>consult-app check --repair repara lo que puede, tras tomar una instantánea.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="37"/>
        <source>Check Workspace</source>
        <translation>Verificar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="47"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="49"/>
        <source>The language of Consult&apos;s windows; it takes effect when Consult starts again.</source>
        <translation>El idioma de las ventanas de Consult; se aplica la próxima vez que se inicie Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="80"/>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="90"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="92"/>
        <source>Snapshot written and verified: {path}</source>
        <translation>Instantánea escrita y verificada: {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="99"/>
        <source>Restore Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="101"/>
        <source>Snapshots of this workspace, newest first. The current state is saved as a snapshot before it is replaced.</source>
        <translation>Instantáneas de este espacio de trabajo, de la más reciente a la más antigua. El estado actual se guarda como instantánea antes de ser reemplazado.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="110"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="128"/>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="133"/>
        <source>Restored from {name}.</source>
        <translation>Restaurado a partir de {name}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="139"/>
        <source>About Consult</source>
        <translation>Acerca de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="140"/>
        <source>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Preparing sessions of bilateral dialogues and keeping their commitment register.</source>
        <translation>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Preparar las sesiones de los diálogos bilaterales y llevar el registro de sus compromisos.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="26"/>
        <source>A lost passphrase cannot be recovered: without it nobody, not even Consult&apos;s developers, can open the file.</source>
        <translation>Una frase de contraseña perdida no se puede recuperar: sin ella nadie, ni siquiera los desarrolladores de Consult, puede abrir el archivo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="41"/>
        <source>Remember on this computer (in the system&apos;s keyring)</source>
        <translation>Recordar en este equipo (en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="52"/>
        <source>Encrypted workspace</source>
        <translation>Espacio de trabajo cifrado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="54"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="65"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="129"/>
        <source>That passphrase is wrong; try again.</source>
        <translation>Esa frase de contraseña no es correcta; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="147"/>
        <source>Passphrase not remembered</source>
        <translation>Frase de contraseña no recordada</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../consult_app/ui/application.py" line="49"/>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="49"/>
        <source>Open it read-only now?</source>
        <translation>¿Abrirlo ahora en solo lectura?</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="55"/>
        <source>{problem}

Restore the backup of {when}? The current file is kept in the backups folder.</source>
        <translation>{problem}

¿Restaurar la copia de seguridad del {when}? El archivo actual se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="58"/>
        <source>Damaged workspace</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="103"/>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="107"/>
        <source>An unexpected error occurred; details are in {log}.</source>
        <translation>Se produjo un error inesperado; los detalles están en {log}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="109"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
</TS>
